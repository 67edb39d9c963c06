package dev.veracity.train;

import dev.veracity.feature.FeatureConfig;
import java.util.List;
import java.util.Objects;

/**
 * Hyperparameters of the check-worthiness trainer.
 *
 * @param features n-gram configuration
 * @param solver {@code L2R_LR} or {@code L1R_LR} (liblinear), or {@code L2R_LR_DUAL} (liblinear, or
 *     its port {@link DualLogisticRegression} where a trainer packs its rows)
 * @param cGrid candidate values of the inverse regularisation strength C, chosen by grouped CV
 * @param folds number of grouped cross-validation folds, >= 2
 * @param balanced whether classes are weighted inversely to their frequency
 * @param seed seed of the fold assignment and the solver
 * @param weightDecimals decimals kept when storing weights
 * @param thresholdSources sources whose out-of-fold predictions choose the decision threshold;
 *     empty for all
 * @param calibrationSources sources whose out-of-fold predictions fit the calibration; empty for
 *     all
 */
public record TrainerConfig(
    FeatureConfig features,
    String solver,
    List<Double> cGrid,
    int folds,
    boolean balanced,
    long seed,
    int weightDecimals,
    List<String> thresholdSources,
    List<String> calibrationSources) {

  /** Validates and copies. */
  public TrainerConfig {
    Objects.requireNonNull(features, "features");
    if (!solver.equals("L2R_LR") && !solver.equals("L1R_LR") && !solver.equals("L2R_LR_DUAL")) {
      throw new IllegalArgumentException(
          "solver must be L2R_LR, L1R_LR or L2R_LR_DUAL, got " + solver);
    }
    cGrid = List.copyOf(cGrid);
    if (cGrid.isEmpty() || cGrid.stream().anyMatch(c -> !(c > 0))) {
      throw new IllegalArgumentException("cGrid must hold positive values, got " + cGrid);
    }
    if (folds < 2) {
      throw new IllegalArgumentException("folds must be >= 2, got " + folds);
    }
    if (weightDecimals < 1 || weightDecimals > 8) {
      throw new IllegalArgumentException("weightDecimals must be in [1, 8], got " + weightDecimals);
    }
    thresholdSources = List.copyOf(thresholdSources);
    calibrationSources = List.copyOf(calibrationSources);
  }

  /** A configuration whose calibration is fitted on all sources. */
  public TrainerConfig(
      FeatureConfig features,
      String solver,
      List<Double> cGrid,
      int folds,
      boolean balanced,
      long seed,
      int weightDecimals,
      List<String> thresholdSources) {
    this(
        features,
        solver,
        cGrid,
        folds,
        balanced,
        seed,
        weightDecimals,
        thresholdSources,
        List.of());
  }

  /**
   * The settings that built the committed default model: word 1–2-grams, L2 logistic regression,
   * balanced classes, 5 grouped folds, threshold and calibration chosen on ClaimBuster rows.
   */
  public static TrainerConfig defaults(long seed) {
    return new TrainerConfig(
        FeatureConfig.defaults(),
        "L2R_LR",
        List.of(0.25, 0.5, 1.0, 2.0, 4.0),
        5,
        true,
        seed,
        4,
        List.of("claimbuster"),
        List.of("claimbuster"));
  }

  /** This configuration with another seed. */
  public TrainerConfig withSeed(long newSeed) {
    return new TrainerConfig(
        features,
        solver,
        cGrid,
        folds,
        balanced,
        newSeed,
        weightDecimals,
        thresholdSources,
        calibrationSources);
  }

  /** This configuration with other features. */
  public TrainerConfig withFeatures(FeatureConfig newFeatures) {
    return new TrainerConfig(
        newFeatures,
        solver,
        cGrid,
        folds,
        balanced,
        seed,
        weightDecimals,
        thresholdSources,
        calibrationSources);
  }

  /** This configuration choosing its threshold on the given sources (empty: all). */
  public TrainerConfig withThresholdSources(List<String> sources) {
    return new TrainerConfig(
        features,
        solver,
        cGrid,
        folds,
        balanced,
        seed,
        weightDecimals,
        sources,
        calibrationSources);
  }

  /** This configuration fitting its calibration on the given sources (empty: all). */
  public TrainerConfig withCalibrationSources(List<String> sources) {
    return new TrainerConfig(
        features, solver, cGrid, folds, balanced, seed, weightDecimals, thresholdSources, sources);
  }

  /** This configuration with another solver and C grid. */
  public TrainerConfig withSolver(String newSolver, List<Double> newGrid) {
    return new TrainerConfig(
        features,
        newSolver,
        newGrid,
        folds,
        balanced,
        seed,
        weightDecimals,
        thresholdSources,
        calibrationSources);
  }
}
