package dev.veracity.train;

import static dev.veracity.train.RegularisationSearch.round;

import dev.veracity.claim.ClaimFeaturizer;
import dev.veracity.comment.LinearSpamDetector;
import dev.veracity.eval.BinaryMetrics;
import dev.veracity.feature.FeatureConfig;
import dev.veracity.feature.FeatureVector;
import dev.veracity.feature.Weighting;
import dev.veracity.model.LinearTextModel;
import dev.veracity.model.PlattCalibration;
import dev.veracity.model.SparseWeights;
import dev.veracity.train.data.LabeledSentence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Trains a comment-spam {@link LinearTextModel}: chooses C by grouped cross-validation (one fold
 * per video, up to {@link TrainerConfig#folds()}; score: mean over videos of the macro-F1 of
 * calibrated out-of-fold probabilities at the threshold), fits Platt calibration on the out-of-fold
 * scores of the chosen C, and refits on all data. The decision threshold is fixed at {@link
 * #THRESHOLD}.
 *
 * <p>Holds only hyperparameters; each call is independent. Not for concurrent use (liblinear).
 */
public final class SpamTrainer {

  /** Calibrated probability at or above which a comment counts as spam. */
  public static final double THRESHOLD = 0.5;

  private final TrainerConfig config;

  /** A trainer with the given hyperparameters. */
  public SpamTrainer(TrainerConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /**
   * The settings that built the committed default model: word 1–2-grams (no character n-grams,
   * which scored lower by video), 2^14 buckets, L2-regularised logistic regression, balanced
   * classes, one fold per video.
   */
  public static TrainerConfig defaults(long seed) {
    return new TrainerConfig(
        new FeatureConfig(14, 0x5eed, 1, 2, 0, 0, true, true, Weighting.LOG_COUNT),
        "L2R_LR",
        List.of(1.0, 4.0, 16.0, 32.0, 64.0, 128.0, 256.0, 512.0),
        5,
        true,
        seed,
        3,
        List.of());
  }

  /** The hyperparameters. */
  public TrainerConfig config() {
    return config;
  }

  /**
   * What training produced.
   *
   * @param model the trained model
   * @param chosenC the selected C
   * @param selection the selection score of every C in the grid
   * @param outOfFold calibrated out-of-fold probabilities of the chosen C, one per training item
   */
  public record Result(
      LinearTextModel model, double chosenC, Map<Double, Double> selection, double[] outOfFold) {}

  /**
   * Trains on {@code data}.
   *
   * @param data labelled comments grouped by video (at least two videos)
   * @param dataProvenance what the data is (files, sha256), copied into the model provenance
   */
  public Result train(List<LabeledSentence> data, Map<String, Object> dataProvenance) {
    ClaimFeaturizer featurizer = LinearSpamDetector.featurizer(config.features());
    FeatureVector[] x = CheckworthyTrainer.featurize(featurizer, data);
    return train(featurizer, x, data, IntStream.range(0, data.size()).toArray(), dataProvenance);
  }

  /** Trains on the rows {@code rows} of pre-computed vectors {@code x} of {@code data}. */
  public Result train(
      ClaimFeaturizer featurizer,
      FeatureVector[] x,
      List<LabeledSentence> data,
      int[] rows,
      Map<String, Object> dataProvenance) {
    int[] y = data.stream().mapToInt(LabeledSentence::label).toArray();
    List<String> groups = new ArrayList<>();
    for (int r : rows) {
      groups.add(data.get(r).group());
    }
    int folds = Math.min(config.folds(), (int) groups.stream().distinct().count());
    int[] fold = GroupedFolds.assign(groups, folds, config.seed());
    int[] yRows = RegularisationSearch.labelsOf(y, rows);
    RegularisationSearch.Outcome search =
        RegularisationSearch.search(
            config,
            x,
            y,
            rows,
            fold,
            folds,
            featurizer.dimension(),
            raw ->
                meanGroupMacroF1(
                    groups,
                    yRows,
                    RegularisationSearch.calibrate(PlattScaling.fit(raw, yRows), raw)));
    double bestC = search.bestC();
    Map<Double, Double> selection = search.selection();
    double[] bestRaw = search.raw();
    PlattCalibration calibration = PlattScaling.fit(bestRaw, yRows);
    double[] oof = RegularisationSearch.calibrate(calibration, bestRaw);
    LiblinearLogistic.Fit fit =
        RegularisationSearch.fit(config, x, y, rows, featurizer.dimension(), bestC);
    SparseWeights weights = SparseWeights.of(fit.weights(), config.weightDecimals());
    Map<String, Object> provenance =
        provenance(groups, yRows, oof, folds, bestC, selection, weights, dataProvenance);
    LinearTextModel model =
        LinearSpamDetector.MODEL_FORMAT.model(
            config.features(),
            featurizer.denseNames(),
            round(fit.bias(), config.weightDecimals()),
            weights,
            calibration,
            THRESHOLD,
            provenance);
    return new Result(model, bestC, selection, oof);
  }

  /** Macro-F1 (mean of the spam and ham F1) of probabilities at {@link #THRESHOLD}. */
  public static double macroF1(double[] p, int[] y) {
    double[] flipped = new double[p.length];
    int[] yFlipped = new int[y.length];
    for (int i = 0; i < p.length; i++) {
      // Ham is "positive" when the probability of spam is below the threshold.
      flipped[i] = p[i] >= THRESHOLD ? 0.0 : 1.0;
      yFlipped[i] = 1 - y[i];
    }
    double spam = BinaryMetrics.f1(p, y, THRESHOLD);
    double ham = BinaryMetrics.f1(flipped, yFlipped, 0.5);
    return (spam + ham) / 2;
  }

  static double meanGroupMacroF1(List<String> groups, int[] y, double[] p) {
    Map<String, List<Integer>> members = new TreeMap<>();
    for (int i = 0; i < groups.size(); i++) {
      members.computeIfAbsent(groups.get(i), g -> new ArrayList<>()).add(i);
    }
    double sum = 0;
    for (List<Integer> m : members.values()) {
      sum +=
          macroF1(
              m.stream().mapToDouble(i -> p[i]).toArray(),
              m.stream().mapToInt(i -> y[i]).toArray());
    }
    return sum / members.size();
  }

  private Map<String, Object> provenance(
      List<String> groups,
      int[] yRows,
      double[] oof,
      int folds,
      double bestC,
      Map<Double, Double> selection,
      SparseWeights weights,
      Map<String, Object> dataProvenance) {
    Map<String, Integer> counts = new TreeMap<>();
    for (int i = 0; i < yRows.length; i++) {
      counts.merge(groups.get(i) + (yRows[i] == 1 ? ".spam" : ".ham"), 1, Integer::sum);
    }
    Map<String, Object> h =
        RegularisationSearch.hyperparameters(
            config,
            bestC,
            folds,
            "by video (leave-one-video-out when folds = videos)",
            "mean over videos of macro-F1 at the threshold",
            selection,
            "fixed calibrated probability " + THRESHOLD,
            weights);
    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put(
        "split",
        "out-of-fold predictions of the "
            + folds
            + "-fold by-video cross-validation on the training data (C chosen on the same folds,"
            + " so slightly optimistic; see docs/EVALUATION.md for nested leave-one-video-out)");
    metrics.put("accuracy", round(BinaryMetrics.accuracy(oof, yRows, THRESHOLD), 4));
    metrics.put("f1", round(BinaryMetrics.f1(oof, yRows, THRESHOLD), 4));
    metrics.put("mean_video_macro_f1", round(meanGroupMacroF1(groups, yRows, oof), 4));
    metrics.put("roc_auc", round(BinaryMetrics.rocAuc(oof, yRows), 4));
    metrics.put("ece", round(BinaryMetrics.expectedCalibrationError(oof, yRows), 4));
    return RegularisationSearch.provenance(
        getClass(), dataProvenance, counts, h, config.seed(), metrics);
  }
}
