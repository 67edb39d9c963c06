package dev.veracity.train;

import static dev.veracity.train.RegularisationSearch.round;

import dev.veracity.claim.CheckworthinessCues;
import dev.veracity.claim.ClaimFeaturizer;
import dev.veracity.claim.CueDetector;
import dev.veracity.claim.LinearClaimDetector;
import dev.veracity.embed.SentenceEncoder;
import dev.veracity.eval.BinaryMetrics;
import dev.veracity.eval.ReliabilityBin;
import dev.veracity.feature.FeatureVector;
import dev.veracity.model.LinearTextModel;
import dev.veracity.model.PlattCalibration;
import dev.veracity.model.SparseWeights;
import dev.veracity.train.data.LabeledSentence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Trains a check-worthiness {@link LinearTextModel}: chooses C by grouped cross-validation (mean
 * over sources of each source's average precision, per group for sources with several groups), fits
 * Platt calibration on the out-of-fold scores of the chosen C (of the calibration sources), picks
 * the F1-maximising threshold on them (of the threshold sources), and refits on all data.
 *
 * <p>Holds only hyperparameters; each call is independent. Not for concurrent use (liblinear).
 */
public final class CheckworthyTrainer {

  private final TrainerConfig config;
  private final List<CueDetector> cues;
  private final Optional<SentenceEncoder> encoder;
  private final List<ClassWeighting> weightings;

  /** A trainer with the given hyperparameters, over lexical and cue features only. */
  public CheckworthyTrainer(TrainerConfig config) {
    this(config, Optional.empty());
  }

  /**
   * A trainer with the given hyperparameters whose features also hold {@code encoder}'s sentence
   * vectors when it is present.
   */
  public CheckworthyTrainer(TrainerConfig config, Optional<SentenceEncoder> encoder) {
    this(config, CheckworthinessCues.standard(), encoder);
  }

  /**
   * A trainer over other cue detectors than the standard ones, for experiments: {@link
   * dev.veracity.claim.LinearClaimDetector} refuses its models.
   */
  public CheckworthyTrainer(
      TrainerConfig config, List<CueDetector> cues, Optional<SentenceEncoder> encoder) {
    this(config, cues, encoder, List.of(ClassWeighting.POOLED));
  }

  private CheckworthyTrainer(
      TrainerConfig config,
      List<CueDetector> cues,
      Optional<SentenceEncoder> encoder,
      List<ClassWeighting> weightings) {
    this.config = Objects.requireNonNull(config, "config");
    this.cues = List.copyOf(cues);
    this.encoder = Objects.requireNonNull(encoder, "encoder");
    this.weightings = List.copyOf(weightings);
    if (this.weightings.isEmpty()) {
      throw new IllegalArgumentException("at least one class weighting is needed");
    }
  }

  /** A trainer with other hyperparameters and the same sentence encoder. */
  public CheckworthyTrainer withConfig(TrainerConfig newConfig) {
    return new CheckworthyTrainer(newConfig, cues, encoder, weightings);
  }

  /**
   * A trainer that chooses its class weighting from {@code candidates} together with C, by the same
   * grouped cross-validation and selection score (the first best on ties, weightings in the given
   * order, then C). The default is {@link ClassWeighting#POOLED} alone.
   */
  public CheckworthyTrainer withWeightings(List<ClassWeighting> candidates) {
    return new CheckworthyTrainer(config, cues, encoder, candidates);
  }

  /** The class weightings this trainer chooses from. */
  public List<ClassWeighting> weightings() {
    return weightings;
  }

  /** The featurizer of this trainer's models. */
  public ClaimFeaturizer featurizer() {
    return new ClaimFeaturizer(config.features(), cues, encoder);
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
   * @param weighting the chosen class weighting
   */
  public record Result(
      LinearTextModel model,
      double chosenC,
      Map<Double, Double> selection,
      double[] outOfFold,
      ClassWeighting weighting) {}

  /**
   * Trains on {@code data}.
   *
   * @param data labelled sentences with their groups
   * @param dataProvenance what the data is (files, sha256), copied into the model provenance
   */
  public Result train(List<LabeledSentence> data, Map<String, Object> dataProvenance) {
    ClaimFeaturizer featurizer = featurizer();
    FeatureVector[] x = featurize(featurizer, data);
    return train(featurizer, x, data, IntStream.range(0, data.size()).toArray(), dataProvenance);
  }

  /** The feature vectors of every sentence. */
  public static FeatureVector[] featurize(ClaimFeaturizer featurizer, List<LabeledSentence> data) {
    FeatureVector[] x = new FeatureVector[data.size()];
    // Batches let a sentence encoder amortise its per-call cost.
    for (int start = 0; start < x.length; start += 512) {
      List<String> batch = new ArrayList<>();
      for (int i = start; i < Math.min(x.length, start + 512); i++) {
        batch.add(data.get(i).text());
      }
      List<ClaimFeaturizer.Featurized> f = featurizer.featurizeAll(batch);
      for (int k = 0; k < f.size(); k++) {
        x[start + k] = f.get(k).vector();
      }
    }
    return x;
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
    int[] fold = GroupedFolds.assign(groups, config.folds(), config.seed());
    ToDoubleFunction<double[]> score = raw -> selectionScore(data, rows, y, raw);
    PackedRows packed =
        weightings.stream().anyMatch(ClassWeighting::perSource) ? PackedRows.of(x) : null;
    RegularisationSearch.Outcome search = null;
    ClassWeighting weighting = null;
    Map<String, Map<Double, Double>> selectionByWeighting = new LinkedHashMap<>();
    for (ClassWeighting candidate : weightings) {
      Optional<RegularisationSearch.RowWeights> rowWeights = rowWeights(candidate, data);
      RegularisationSearch.Outcome outcome =
          rowWeights.isPresent()
              ? RegularisationSearch.search(
                  config,
                  packed,
                  y,
                  rows,
                  fold,
                  config.folds(),
                  featurizer.dimension(),
                  rowWeights,
                  score)
              : RegularisationSearch.search(
                  config, x, y, rows, fold, config.folds(), featurizer.dimension(), score);
      selectionByWeighting.put(candidate.label(), outcome.selection());
      if (search == null
          || outcome.selection().get(outcome.bestC()) > search.selection().get(search.bestC())) {
        search = outcome;
        weighting = candidate;
      }
    }
    double bestC = search.bestC();
    Map<Double, Double> selection = search.selection();
    double[] bestRaw = search.raw();
    int[] yRows = RegularisationSearch.labelsOf(y, rows);
    int[] calibrationRows = members(data, rows, config.calibrationSources());
    PlattCalibration calibration =
        PlattScaling.fit(pick(bestRaw, calibrationRows), pick(yRows, calibrationRows));
    double[] oof = RegularisationSearch.calibrate(calibration, bestRaw);
    int[] thresholdRows = members(data, rows, config.thresholdSources());
    double threshold =
        BinaryMetrics.bestF1Threshold(pick(oof, thresholdRows), pick(yRows, thresholdRows));
    Optional<RegularisationSearch.RowWeights> rowWeights = rowWeights(weighting, data);
    LiblinearLogistic.Fit fit =
        rowWeights.isPresent()
            ? RegularisationSearch.fit(
                config, packed, y, rows, featurizer.dimension(), bestC, rowWeights)
            : RegularisationSearch.fit(config, x, y, rows, featurizer.dimension(), bestC);
    SparseWeights weights = SparseWeights.of(fit.weights(), config.weightDecimals());
    Map<String, Object> provenance =
        provenance(
            data,
            rows,
            yRows,
            oof,
            threshold,
            bestC,
            selection,
            weights,
            weighting,
            selectionByWeighting,
            dataProvenance);
    LinearTextModel model =
        LinearClaimDetector.MODEL_FORMAT.model(
            config.features(),
            featurizer.denseNames(),
            round(fit.bias(), config.weightDecimals()),
            weights,
            calibration,
            threshold,
            provenance);
    return new Result(model, bestC, selection, oof, weighting);
  }

  /** The row weights of {@code weighting} over {@code data}; empty for pooled weighting. */
  private static Optional<RegularisationSearch.RowWeights> rowWeights(
      ClassWeighting weighting, List<LabeledSentence> data) {
    return weighting.perSource() ? Optional.of(r -> weighting.weights(data, r)) : Optional.empty();
  }

  /**
   * Writes the class weighting's choice into the hyperparameters {@code h}: the chosen weighting,
   * the candidates with their selection scores, and the solver that fitted it.
   */
  private void putWeighting(
      Map<String, Object> h,
      ClassWeighting chosen,
      Map<String, Map<Double, Double>> selectionByWeighting) {
    if (chosen.perSource()) {
      h.put(
          "solver",
          RegularisationSearch.DUAL
              + " (dual coordinate descent port with row weights, eps "
              + LiblinearLogistic.DUAL_EPS
              + ")");
    }
    h.put("class_weight", chosen.label());
    h.put(
        "class_weight_rule",
        "per-source: classes balanced within each source, times the source's scale; pooled: "
            + (config.balanced() ? "balanced over all rows" : "none"));
    Map<String, Object> scores = new LinkedHashMap<>();
    selectionByWeighting.forEach((k, v) -> scores.put(k, RegularisationSearch.stringKeys(v)));
    h.put("class_weight_selection_scores", scores);
  }

  /**
   * Positions in {@code rows} of the items from {@code sources}; all positions when {@code sources}
   * is empty or no item comes from them.
   */
  private static int[] members(List<LabeledSentence> data, int[] rows, List<String> sources) {
    int[] chosen =
        IntStream.range(0, rows.length)
            .filter(i -> sources.contains(data.get(rows[i]).source()))
            .toArray();
    return chosen.length == 0 ? IntStream.range(0, rows.length).toArray() : chosen;
  }

  private static double[] pick(double[] values, int[] positions) {
    return IntStream.of(positions).mapToDouble(i -> values[i]).toArray();
  }

  private static int[] pick(int[] values, int[] positions) {
    return IntStream.of(positions).map(i -> values[i]).toArray();
  }

  /** Mean over sources of the source's AP (mean per-group AP when the source has many groups). */
  static double selectionScore(List<LabeledSentence> data, int[] rows, int[] y, double[] raw) {
    Map<String, Map<String, List<Integer>>> bySource = new TreeMap<>();
    for (int i = 0; i < rows.length; i++) {
      LabeledSentence s = data.get(rows[i]);
      bySource
          .computeIfAbsent(s.source(), k -> new TreeMap<>())
          .computeIfAbsent(s.group(), k -> new ArrayList<>())
          .add(i);
    }
    double sum = 0;
    int sources = 0;
    for (Map<String, List<Integer>> groups : bySource.values()) {
      double ap;
      if (groups.size() > 1 && groups.size() <= 100) {
        double total = 0;
        int counted = 0;
        for (List<Integer> members : groups.values()) {
          double g = ap(members, y, rows, raw);
          if (!Double.isNaN(g)) {
            total += g;
            counted++;
          }
        }
        ap = counted == 0 ? Double.NaN : total / counted;
      } else {
        List<Integer> all = new ArrayList<>();
        groups.values().forEach(all::addAll);
        ap = ap(all, y, rows, raw);
      }
      if (!Double.isNaN(ap)) {
        sum += ap;
        sources++;
      }
    }
    return sources == 0 ? Double.NaN : sum / sources;
  }

  private static double ap(List<Integer> members, int[] y, int[] rows, double[] raw) {
    double[] s = new double[members.size()];
    int[] l = new int[members.size()];
    for (int k = 0; k < s.length; k++) {
      s[k] = raw[members.get(k)];
      l[k] = y[rows[members.get(k)]];
    }
    return BinaryMetrics.averagePrecision(s, l);
  }

  private Map<String, Object> provenance(
      List<LabeledSentence> data,
      int[] rows,
      int[] yRows,
      double[] oof,
      double threshold,
      double bestC,
      Map<Double, Double> selection,
      SparseWeights weights,
      ClassWeighting chosen,
      Map<String, Map<Double, Double>> selectionByWeighting,
      Map<String, Object> dataProvenance) {
    Map<String, Integer> counts = new TreeMap<>();
    for (int r : rows) {
      LabeledSentence s = data.get(r);
      counts.merge(s.source() + (s.label() == 1 ? ".positive" : ".negative"), 1, Integer::sum);
    }
    Map<String, Object> h =
        RegularisationSearch.hyperparameters(
            config,
            bestC,
            config.folds(),
            "by group (debate for CheckThat!, normalised text for ClaimBuster)",
            "mean over sources of average precision (per-debate mean for debates)",
            selection,
            "F1-maximising threshold on calibrated out-of-fold probabilities of sources "
                + (config.thresholdSources().isEmpty() ? "(all)" : config.thresholdSources()),
            weights);
    if (!weightings.equals(List.of(ClassWeighting.POOLED))) {
      putWeighting(h, chosen, selectionByWeighting);
    }
    h.put("sentence_encoder", encoder.map(SentenceEncoder::provenance).orElse("none"));
    h.put(
        "calibration",
        "Platt sigmoid fitted on out-of-fold raw scores of the chosen C of sources "
            + (config.calibrationSources().isEmpty() ? "(all)" : config.calibrationSources()));
    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put(
        "split",
        "out-of-fold predictions of the "
            + config.folds()
            + "-fold grouped cross-validation on the training data (C chosen on the same folds,"
            + " so slightly optimistic; see docs/EVALUATION.md for nested numbers)");
    metrics.put("average_precision", round(BinaryMetrics.averagePrecision(oof, yRows), 4));
    metrics.put("roc_auc", round(BinaryMetrics.rocAuc(oof, yRows), 4));
    metrics.put("f1", round(BinaryMetrics.f1(oof, yRows, threshold), 4));
    metrics.put("ece", round(BinaryMetrics.expectedCalibrationError(oof, yRows), 4));
    metrics.put("calibration_by_source", calibrationBySource(data, rows, oof, yRows));
    return RegularisationSearch.provenance(
        getClass(), dataProvenance, counts, h, config.seed(), metrics);
  }

  /**
   * Per source, how well the out-of-fold probabilities are calibrated: ECE, precision at scores of
   * at least 0.5 and 0.7, and the reliability diagram.
   */
  static Map<String, Object> calibrationBySource(
      List<LabeledSentence> data, int[] rows, double[] oof, int[] yRows) {
    Map<String, List<Integer>> bySource = new TreeMap<>();
    for (int i = 0; i < rows.length; i++) {
      bySource.computeIfAbsent(data.get(rows[i]).source(), k -> new ArrayList<>()).add(i);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (var e : bySource.entrySet()) {
      int[] members = e.getValue().stream().mapToInt(Integer::intValue).toArray();
      double[] p = pick(oof, members);
      int[] y = pick(yRows, members);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("n", p.length);
      m.put("positive_rate", round((double) IntStream.of(y).sum() / p.length, 4));
      m.put("ece", round(BinaryMetrics.expectedCalibrationError(p, y), 4));
      m.put("precision_at_0.5", round(BinaryMetrics.precision(p, y, 0.5), 4));
      m.put("precision_at_0.7", round(BinaryMetrics.precision(p, y, 0.7), 4));
      List<List<Object>> bins = new ArrayList<>();
      for (ReliabilityBin b : BinaryMetrics.reliability(p, y)) {
        bins.add(
            List.of(
                b.low(), b.high(), b.count(), round(b.meanScore(), 4), round(b.positiveRate(), 4)));
      }
      m.put("reliability_low_high_count_mean_score_positive_rate", bins);
      out.put(e.getKey(), m);
    }
    return out;
  }
}
