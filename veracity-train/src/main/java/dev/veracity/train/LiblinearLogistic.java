package dev.veracity.train;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import dev.veracity.feature.FeatureVector;
import java.util.Random;

/**
 * Regularised logistic regression by liblinear (Fan et al. 2008), with "balanced" class weights.
 *
 * <p>Not thread-safe (liblinear's debug output switch is global); use from one thread.
 */
final class LiblinearLogistic {

  /** A fitted linear model: {@code raw = bias + weights . x}. */
  record Fit(double[] weights, double bias) {}

  /** The stopping tolerance of the primal solvers ({@code L2R_LR}, {@code L1R_LR}). */
  static final double EPS = 0.01;

  /**
   * The stopping tolerance of the dual solver {@code L2R_LR_DUAL} (liblinear -s 7): the largest
   * violation of the dual optimality conditions that ends the fit. liblinear's own default for this
   * solver is 0.1 (its {@code train -e} help: "-s 1, 3, 4 and 7: Dual maximal violation <= eps;
   * similar to libsvm (default 0.1)"); the primal solvers' 0.01 measures something else.
   */
  static final double DUAL_EPS = 0.1;

  private LiblinearLogistic() {}

  /** liblinear's default stopping tolerance for {@code solver}. */
  static double eps(String solver) {
    return solver.equals(RegularisationSearch.DUAL) ? DUAL_EPS : EPS;
  }

  /**
   * Fits on the rows {@code rows} of {@code x}.
   *
   * @param solver {@code L2R_LR}, {@code L2R_LR_DUAL} or {@code L1R_LR}
   * @param c inverse regularisation strength
   * @param balanced whether to weight classes inversely to their frequency
   */
  static Fit fit(
      FeatureVector[] x,
      int[] y,
      int[] rows,
      int dimension,
      String solver,
      double c,
      boolean balanced,
      long seed) {
    Feature[][] features = new Feature[rows.length][];
    for (int r = 0; r < rows.length; r++) {
      features[r] = nodes(x[rows[r]], dimension);
    }
    return fit(
        features, RegularisationSearch.labelsOf(y, rows), dimension, solver, c, balanced, seed);
  }

  /**
   * Fits on the rows {@code rows} of packed rows, fed to liblinear with their {@code float} values.
   *
   * @param solver {@code L2R_LR}, {@code L2R_LR_DUAL} or {@code L1R_LR}
   * @param c inverse regularisation strength
   * @param balanced whether to weight classes inversely to their frequency
   */
  static Fit fit(
      PackedRows x,
      int[] y,
      int[] rows,
      int dimension,
      String solver,
      double c,
      boolean balanced,
      long seed) {
    Feature[][] features = new Feature[rows.length][];
    for (int r = 0; r < rows.length; r++) {
      features[r] = nodes(x.vector(rows[r]), dimension);
    }
    return fit(
        features, RegularisationSearch.labelsOf(y, rows), dimension, solver, c, balanced, seed);
  }

  private static Feature[] nodes(FeatureVector v, int dimension) {
    Feature[] f = new Feature[v.size() + 1];
    for (int j = 0; j < v.size(); j++) {
      f[j] = new FeatureNode(v.indices()[j] + 1, v.values()[j]);
    }
    f[v.size()] = new FeatureNode(dimension + 1, 1.0);
    return f;
  }

  private static Fit fit(
      Feature[][] x, int[] y, int dimension, String solver, double c, boolean balanced, long seed) {
    Problem problem = new Problem();
    problem.l = x.length;
    problem.n = dimension + 1;
    problem.bias = 1.0;
    problem.x = x;
    problem.y = new double[x.length];
    int positives = 0;
    for (int r = 0; r < x.length; r++) {
      problem.y[r] = y[r];
      positives += y[r];
    }
    if (positives == 0 || positives == x.length) {
      throw new IllegalArgumentException("training rows must hold both classes");
    }
    Parameter parameter = new Parameter(SolverType.valueOf(solver), c, eps(solver));
    parameter.setRandom(new Random(seed));
    if (balanced) {
      double n = x.length;
      parameter.setWeights(
          new double[] {n / (2.0 * positives), n / (2.0 * (x.length - positives))},
          new int[] {1, 0});
    }
    Linear.disableDebugOutput();
    Model model = Linear.train(problem, parameter);
    double[] w = model.getFeatureWeights();
    // liblinear's decision value favours its first label; flip so that positive means label 1.
    double sign = model.getLabels()[0] == 1 ? 1.0 : -1.0;
    double[] weights = new double[dimension];
    for (int j = 0; j < dimension; j++) {
      weights[j] = sign * w[j];
    }
    return new Fit(weights, sign * w[dimension]);
  }

  /** The liblinear version, e.g. 244. */
  static int version() {
    return Linear.getVersion();
  }
}
