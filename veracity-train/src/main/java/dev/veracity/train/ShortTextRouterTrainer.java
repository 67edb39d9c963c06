package dev.veracity.train;

import static dev.veracity.train.RegularisationSearch.round;

import dev.veracity.classify.ShortTextRouter;
import dev.veracity.corpus.LabelledDocument;
import dev.veracity.eval.BinaryMetrics;
import dev.veracity.feature.FeatureConfig;
import dev.veracity.feature.FeatureVector;
import dev.veracity.feature.HashingVectorizer;
import dev.veracity.feature.Weighting;
import dev.veracity.model.LinearTextModel;
import dev.veracity.model.PlattCalibration;
import dev.veracity.model.SparseWeights;
import dev.veracity.text.WordTokenizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Trains the {@link ShortTextRouter}: a logistic regression that tells social-media posts (label 1)
 * from political statements (label 0) by their word n-grams; C chosen by grouped cross-validation
 * (accuracy of out-of-fold scores at 0), Platt calibration of those scores, threshold 0.5.
 *
 * <p>Holds only hyperparameters; each call is independent. Not for concurrent use (liblinear).
 */
public final class ShortTextRouterTrainer {

  /** Calibrated probability at or above which a short text counts as a post. */
  public static final double THRESHOLD = 0.5;

  private final TrainerConfig config;

  /** A trainer with the given hyperparameters. */
  public ShortTextRouterTrainer(TrainerConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /**
   * The settings that built the committed default router: word 1–2-grams in 2^16 buckets, L2
   * logistic regression, balanced classes, 5 grouped folds.
   */
  public static TrainerConfig defaults(long seed) {
    return new TrainerConfig(
        new FeatureConfig(16, 0x5eed, 1, 2, 0, 0, true, true, Weighting.LOG_COUNT),
        "L2R_LR",
        List.of(1.0, 4.0, 16.0),
        5,
        true,
        seed,
        3,
        List.of());
  }

  /**
   * What training produced.
   *
   * @param model the router's model
   * @param chosenC the selected C
   * @param outOfFold calibrated out-of-fold probabilities of a post, statements first, then posts
   */
  public record Result(LinearTextModel model, double chosenC, double[] outOfFold) {}

  /**
   * Trains on {@code statements} (label 0) and {@code posts} (label 1).
   *
   * @param dataProvenance what the data is (files, sha256), copied into the model provenance
   */
  public Result train(
      List<LabelledDocument> statements,
      List<LabelledDocument> posts,
      Map<String, Object> dataProvenance) {
    HashingVectorizer vectorizer =
        new HashingVectorizer(config.features(), new WordTokenizer(), List.of());
    List<LabelledDocument> all = new ArrayList<>(statements);
    all.addAll(posts);
    int n = all.size();
    FeatureVector[] x = new FeatureVector[n];
    IntStream.range(0, n)
        .parallel()
        .forEach(i -> x[i] = vectorizer.vectorize(all.get(i).titleAndText(), new double[0]));
    int[] y = new int[n];
    List<String> groups = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      y[i] = i < statements.size() ? 0 : 1;
      groups.add(all.get(i).corpus() + "|" + all.get(i).group());
    }
    int[] rows = IntStream.range(0, n).toArray();
    int[] fold = GroupedFolds.assign(groups, config.folds(), config.seed());
    RegularisationSearch.Outcome search =
        RegularisationSearch.search(
            config,
            x,
            y,
            rows,
            fold,
            config.folds(),
            vectorizer.dimension(),
            raw -> BinaryMetrics.accuracy(raw, y, 0.0));
    PlattCalibration calibration = PlattScaling.fit(search.raw(), y);
    double[] oof = RegularisationSearch.calibrate(calibration, search.raw());
    LiblinearLogistic.Fit fit =
        RegularisationSearch.fit(config, x, y, rows, vectorizer.dimension(), search.bestC());
    SparseWeights weights = SparseWeights.of(fit.weights(), config.weightDecimals());
    Map<String, Integer> counts = new TreeMap<>();
    counts.put("statements", statements.size());
    counts.put("posts", posts.size());
    Map<String, Object> h =
        RegularisationSearch.hyperparameters(
            config,
            search.bestC(),
            config.folds(),
            "by corpus and group (speaker, post)",
            "accuracy of out-of-fold raw scores at 0",
            search.selection(),
            "fixed calibrated probability " + THRESHOLD,
            weights);
    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put(
        "split",
        "out-of-fold predictions of the "
            + config.folds()
            + "-fold grouped cross-validation on the training data");
    metrics.put("accuracy", round(BinaryMetrics.accuracy(oof, y, THRESHOLD), 4));
    metrics.put("statements_routed_to_posts", round(share(oof, 0, statements.size(), true), 4));
    metrics.put("posts_routed_to_statements", round(share(oof, statements.size(), n, false), 4));
    LinearTextModel model =
        ShortTextRouter.MODEL_FORMAT.model(
            config.features(),
            List.of(),
            round(fit.bias(), config.weightDecimals()),
            weights,
            calibration,
            THRESHOLD,
            RegularisationSearch.provenance(
                getClass(), dataProvenance, counts, h, config.seed(), metrics));
    return new Result(model, search.bestC(), oof);
  }

  private static double share(double[] p, int from, int to, boolean atOrAbove) {
    int hits = 0;
    for (int i = from; i < to; i++) {
      if ((p[i] >= THRESHOLD) == atOrAbove) {
        hits++;
      }
    }
    return to > from ? (double) hits / (to - from) : 0.0;
  }
}
