package dev.veracity.train;

import dev.veracity.VeracityVersion;
import dev.veracity.feature.FeatureVector;
import dev.veracity.model.PlattCalibration;
import dev.veracity.model.SparseWeights;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Chooses the regularisation strength C from a grid by grouped cross-validation of liblinear
 * logistic regression, keeping the out-of-fold raw scores of the chosen C for calibration.
 *
 * <p>Also holds the provenance pieces every trainer writes the same way.
 */
final class RegularisationSearch {

  /**
   * The chosen C (the first best on ties), each grid C's selection score, and the chosen C's
   * out-of-fold raw scores in the order of the training rows.
   */
  record Outcome(double bestC, Map<Double, Double> selection, double[] raw) {}

  /** The solver that {@link DualLogisticRegression} ports. */
  static final String DUAL = "L2R_LR_DUAL";

  /** The weights of one fit's rows: one per entry of the rows it is given, in their order. */
  @FunctionalInterface
  interface RowWeights {
    double[] of(int[] rows);
  }

  private RegularisationSearch() {}

  /**
   * Scores every C of {@code config.cGrid()} by {@code score} of its out-of-fold raw scores over
   * {@code rows} split by {@code fold} (values {@code 0..folds-1}); higher is better.
   */
  static Outcome search(
      TrainerConfig config,
      FeatureVector[] x,
      int[] y,
      int[] rows,
      int[] fold,
      int folds,
      int dimension,
      ToDoubleFunction<double[]> score) {
    Map<Double, Double> selection = new TreeMap<>();
    List<Double> grid = config.cGrid();
    double bestC = grid.get(0);
    double bestScore = Double.NEGATIVE_INFINITY;
    double[] bestRaw = null;
    for (double c : grid) {
      double[] raw = outOfFold(config, x, y, rows, fold, folds, dimension, c);
      double s = score.applyAsDouble(raw);
      selection.put(c, s);
      if (s > bestScore) {
        bestScore = s;
        bestC = c;
        bestRaw = raw;
      }
    }
    return new Outcome(bestC, selection, bestRaw);
  }

  /** Raw out-of-fold scores of {@code rows}: each fold scored by a fit on the other folds. */
  static double[] outOfFold(
      TrainerConfig config,
      FeatureVector[] x,
      int[] y,
      int[] rows,
      int[] fold,
      int folds,
      int dimension,
      double c) {
    double[] raw = new double[rows.length];
    for (int f = 0; f < folds; f++) {
      final int held = f;
      int[] train =
          IntStream.range(0, rows.length).filter(i -> fold[i] != held).map(i -> rows[i]).toArray();
      int[] test = IntStream.range(0, rows.length).filter(i -> fold[i] == held).toArray();
      LiblinearLogistic.Fit fit = fit(config, x, y, train, dimension, c);
      for (int i : test) {
        raw[i] = fit.bias() + x[rows[i]].dot(fit.weights());
      }
    }
    return raw;
  }

  /**
   * A fit on {@code rows} with {@code c} and the solver, class weights and seed of {@code config}.
   */
  static LiblinearLogistic.Fit fit(
      TrainerConfig config, FeatureVector[] x, int[] y, int[] rows, int dimension, double c) {
    return LiblinearLogistic.fit(
        x, y, rows, dimension, config.solver(), c, config.balanced(), config.seed());
  }

  /**
   * {@link #search} on packed rows: the fits of every C and fold run in parallel when the solver is
   * {@code L2R_LR_DUAL} (the port, which shares no state), one after another otherwise (liblinear).
   */
  static Outcome search(
      TrainerConfig config,
      PackedRows x,
      int[] y,
      int[] rows,
      int[] fold,
      int folds,
      int dimension,
      ToDoubleFunction<double[]> score) {
    return search(config, x, y, rows, fold, folds, dimension, Optional.empty(), score);
  }

  /**
   * {@link #search(TrainerConfig, PackedRows, int[], int[], int[], int, int, ToDoubleFunction)}
   * with {@code weights} for every fit's rows when present; weighted fits are always {@link
   * DualLogisticRegression}'s, in parallel.
   */
  static Outcome search(
      TrainerConfig config,
      PackedRows x,
      int[] y,
      int[] rows,
      int[] fold,
      int folds,
      int dimension,
      Optional<RowWeights> weights,
      ToDoubleFunction<double[]> score) {
    List<Double> grid = config.cGrid();
    int[][] trainRows = new int[folds][];
    int[][] testRows = new int[folds][];
    for (int f = 0; f < folds; f++) {
      final int held = f;
      trainRows[f] =
          IntStream.range(0, rows.length).filter(i -> fold[i] != held).map(i -> rows[i]).toArray();
      testRows[f] = IntStream.range(0, rows.length).filter(i -> fold[i] == held).toArray();
    }
    double[][] raw = new double[grid.size()][rows.length];
    IntStream tasks = IntStream.range(0, grid.size() * folds);
    if (config.solver().equals(DUAL) || weights.isPresent()) {
      tasks = tasks.parallel();
    }
    tasks.forEach(
        t -> {
          int g = t / folds;
          int f = t % folds;
          LiblinearLogistic.Fit fit =
              fit(config, x, y, trainRows[f], dimension, grid.get(g), weights);
          for (int i : testRows[f]) {
            raw[g][i] = fit.bias() + x.dot(rows[i], fit.weights());
          }
        });
    Map<Double, Double> selection = new TreeMap<>();
    double bestC = grid.get(0);
    double bestScore = Double.NEGATIVE_INFINITY;
    double[] bestRaw = null;
    for (int g = 0; g < grid.size(); g++) {
      double s = score.applyAsDouble(raw[g]);
      selection.put(grid.get(g), s);
      if (s > bestScore) {
        bestScore = s;
        bestC = grid.get(g);
        bestRaw = raw[g];
      }
    }
    return new Outcome(bestC, selection, bestRaw);
  }

  /**
   * A fit on the packed rows {@code rows} with {@code c} and the solver, class weights and seed of
   * {@code config}: {@link DualLogisticRegression} for {@code L2R_LR_DUAL}, liblinear otherwise.
   */
  static LiblinearLogistic.Fit fit(
      TrainerConfig config, PackedRows x, int[] y, int[] rows, int dimension, double c) {
    return fit(config, x, y, rows, dimension, c, Optional.empty());
  }

  /**
   * A fit on the packed rows {@code rows}: with {@code weights} when present (always {@link
   * DualLogisticRegression}, at liblinear's dual tolerance), otherwise as {@link
   * #fit(TrainerConfig, PackedRows, int[], int[], int, double)}.
   */
  static LiblinearLogistic.Fit fit(
      TrainerConfig config,
      PackedRows x,
      int[] y,
      int[] rows,
      int dimension,
      double c,
      Optional<RowWeights> weights) {
    if (weights.isPresent()) {
      return DualLogisticRegression.fit(
          x,
          y,
          rows,
          dimension,
          c,
          weights.get().of(rows),
          config.seed(),
          LiblinearLogistic.DUAL_EPS);
    }
    if (config.solver().equals(DUAL)) {
      return DualLogisticRegression.fit(
          x, y, rows, dimension, c, config.balanced(), config.seed(), LiblinearLogistic.DUAL_EPS);
    }
    return LiblinearLogistic.fit(
        x, y, rows, dimension, config.solver(), c, config.balanced(), config.seed());
  }

  /** The labels of {@code rows}, in the order of {@code rows}. */
  static int[] labelsOf(int[] y, int[] rows) {
    int[] yRows = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      yRows[i] = y[rows[i]];
    }
    return yRows;
  }

  /** The calibrated probability of each raw score. */
  static double[] calibrate(PlattCalibration calibration, double[] raw) {
    double[] p = new double[raw.length];
    for (int i = 0; i < raw.length; i++) {
      p[i] = calibration.probability(raw[i]);
    }
    return p;
  }

  /**
   * A model's provenance: creation time, trainer, data, training row counts, hyperparameters, seed,
   * software versions and metrics, in that order.
   */
  static Map<String, Object> provenance(
      Class<?> trainer,
      Map<String, Object> data,
      Map<String, Integer> trainingRows,
      Map<String, Object> hyperparameters,
      long seed,
      Map<String, Object> metrics) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("created", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    p.put("trainer", trainer.getName());
    p.put("data", data);
    p.put("training_rows", trainingRows);
    p.put("hyperparameters", hyperparameters);
    p.put("seed", seed);
    p.put("versions", versions());
    p.put("metrics", metrics);
    return p;
  }

  /**
   * The hyperparameters every trainer records, for a C chosen from {@code selection} on {@code
   * folds} folds grouped as {@code grouping} by {@code selectionMetric}.
   */
  static Map<String, Object> hyperparameters(
      TrainerConfig config,
      double bestC,
      int folds,
      String grouping,
      String selectionMetric,
      Map<Double, Double> selection,
      String thresholdRule,
      SparseWeights weights) {
    Map<String, Object> h = new LinkedHashMap<>();
    h.put("solver", config.solver());
    h.put("C", bestC);
    h.put("C_grid", config.cGrid());
    h.put("class_weight", config.balanced() ? "balanced" : "none");
    h.put("cv_folds", folds);
    h.put("cv_grouping", grouping);
    h.put("selection_metric", selectionMetric);
    h.put("selection_scores", stringKeys(selection));
    h.put("calibration", "Platt sigmoid fitted on out-of-fold raw scores of the chosen C");
    h.put("threshold_rule", thresholdRule);
    h.put("weight_decimals", config.weightDecimals());
    h.put("non_zero_weights", weights.size());
    return h;
  }

  /** The software versions a trained model's provenance names. */
  static Map<String, Object> versions() {
    Map<String, Object> versions = new LinkedHashMap<>();
    versions.put("veracity", VeracityVersion.get());
    versions.put(
        "liblinear", "de.bwaldvogel:liblinear (version " + LiblinearLogistic.version() + ")");
    versions.put("java", System.getProperty("java.version"));
    versions.put("java_vendor", System.getProperty("java.vendor"));
    return versions;
  }

  /** Selection scores keyed by the C's text, rounded to 4 decimals, for JSON provenance. */
  static Map<String, Double> stringKeys(Map<Double, Double> m) {
    Map<String, Double> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(String.valueOf(k), round(v, 4)));
    return out;
  }

  /** {@code v} rounded half up to {@code decimals} decimals. */
  static double round(double v, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(v * scale) / scale;
  }
}
