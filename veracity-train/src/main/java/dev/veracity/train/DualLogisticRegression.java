/*
 * Port of solve_l2r_lr_dual and of the two-class path of train() from LIBLINEAR
 * (https://www.csie.ntu.edu.tw/~cjlin/liblinear/, linear.cpp) as found in its Java port
 * de.bwaldvogel:liblinear 2.44 (Linear.java), adapted to packed rows.
 *
 * The notice below is the COPYRIGHT file of de.bwaldvogel:liblinear, verbatim:
 *
 * Copyright (c) 2007-2008 The LIBLINEAR Project.
 * All rights reserved.
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions
 * are met:
 *
 * 1. Redistributions of source code must retain the above copyright
 * notice, this list of conditions and the following disclaimer.
 *
 * 2. Redistributions in binary form must reproduce the above copyright
 * notice, this list of conditions and the following disclaimer in the
 * documentation and/or other materials provided with the distribution.
 *
 * 3. Neither name of copyright holders nor the names of its contributors
 * may be used to endorse or promote products derived from this software
 * without specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS
 * ``AS IS'' AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT
 * LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR
 * A PARTICULAR PURPOSE ARE DISCLAIMED.  IN NO EVENT SHALL THE REGENTS OR
 * CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL,
 * EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO,
 * PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR
 * PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF
 * LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING
 * NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS
 * SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
package dev.veracity.train;

import java.util.Arrays;
import java.util.Random;

/**
 * L2-regularised logistic regression by dual coordinate descent on {@link PackedRows}: a port of
 * LIBLINEAR's {@code solve_l2r_lr_dual} (solver {@code L2R_LR_DUAL}, -s 7; Yu, Huang and Lin, "Dual
 * coordinate descent methods for logistic regression and maximum entropy models", Machine Learning
 * 85, 2011, Algorithm 5) together with the two-class path of its {@code train()}.
 *
 * <p>It follows de.bwaldvogel:liblinear 2.44 step by step: the same class grouping (rows of the
 * label seen first become the positive class, each class in row order), the same per-class C (C
 * times the class weight), the same bias column (a constant 1 after the last column, regularised
 * like the others), the same random permutations from a {@code Random} seeded per fit, the same
 * stopping rule (largest projected gradient below {@code eps}, at most 1,000 passes) and the same
 * order of floating-point operations, so that on the same {@code float}-valued rows it gives the
 * same weights as liblinear up to rounding. Stateless; each call may run on its own thread.
 */
final class DualLogisticRegression {

  /** LIBLINEAR's cap on passes over the data. */
  static final int MAX_ITERATIONS = 1000;

  private static final int MAX_INNER_ITERATIONS = 100;

  private DualLogisticRegression() {}

  /**
   * Fits on the rows {@code rows} of {@code x}; the returned weights are signed so that a positive
   * raw score means label 1.
   *
   * @param y the label (0 or 1) of every row of {@code x}
   * @param dimension the number of columns; the bias is column {@code dimension}
   * @param c inverse regularisation strength, > 0
   * @param balanced whether to weight classes inversely to their frequency
   * @param eps stopping tolerance on the largest dual gradient, > 0
   * @throws IllegalArgumentException when the rows do not hold both classes
   */
  static LiblinearLogistic.Fit fit(
      PackedRows x,
      int[] y,
      int[] rows,
      int dimension,
      double c,
      boolean balanced,
      long seed,
      double eps) {
    int l = rows.length;
    int positives = positives(y, rows);
    double weightOne = balanced ? l / (2.0 * positives) : 1.0;
    double weightZero = balanced ? l / (2.0 * (l - positives)) : 1.0;
    double[] rowWeights = new double[l];
    for (int i = 0; i < l; i++) {
      rowWeights[i] = y[rows[i]] == 1 ? weightOne : weightZero;
    }
    return fit(x, y, rows, dimension, c, rowWeights, seed, eps);
  }

  /**
   * Fits on the rows {@code rows} of {@code x} with a weight per row: row {@code rows[i]}'s loss
   * counts {@code rowWeights[i]} times (its dual variable's upper bound is C times that weight, as
   * in LIBLINEAR's instance-weight extension). With the class weights of {@link #fit(PackedRows,
   * int[], int[], int, double, boolean, long, double)} as row weights it is that fit, bit for bit.
   *
   * @param rowWeights one positive weight per entry of {@code rows}
   * @throws IllegalArgumentException when the rows do not hold both classes or a weight is not > 0
   */
  static LiblinearLogistic.Fit fit(
      PackedRows x,
      int[] y,
      int[] rows,
      int dimension,
      double c,
      double[] rowWeights,
      long seed,
      double eps) {
    if (!(c > 0)) {
      throw new IllegalArgumentException("c must be > 0, got " + c);
    }
    if (!(eps > 0)) {
      throw new IllegalArgumentException("eps must be > 0, got " + eps);
    }
    int l = rows.length;
    if (rowWeights.length != l) {
      throw new IllegalArgumentException(
          "one weight per row expected, got " + rowWeights.length + " for " + l + " rows");
    }
    int positives = positives(y, rows);
    // liblinear's groupClasses: the label of the first row is its class 0, trained as y = +1.
    int first = y[rows[0]];
    int[] order = new int[l];
    double[] upper = new double[l];
    int firstCount = first == 1 ? positives : l - positives;
    int a = 0;
    int b = firstCount;
    for (int i = 0; i < l; i++) {
      if (!(rowWeights[i] > 0) || Double.isInfinite(rowWeights[i])) {
        throw new IllegalArgumentException("row weights must be positive, got " + rowWeights[i]);
      }
      int k = y[rows[i]] == first ? a++ : b++;
      order[k] = rows[i];
      upper[k] = c * rowWeights[i];
    }
    byte[] sign = new byte[l];
    for (int i = 0; i < l; i++) {
      sign[i] = (byte) (i < firstCount ? 1 : -1);
    }
    double[] w = new double[dimension + 1];
    solve(x, order, sign, dimension, w, eps, upper, new Random(seed));
    // Class 0 is label `first`; flip so that positive means label 1.
    double flip = first == 1 ? 1.0 : -1.0;
    double[] weights = new double[dimension];
    for (int j = 0; j < dimension; j++) {
      weights[j] = flip * w[j];
    }
    return new LiblinearLogistic.Fit(weights, flip * w[dimension]);
  }

  private static int positives(int[] y, int[] rows) {
    int positives = 0;
    for (int r : rows) {
      positives += y[r];
    }
    if (positives == 0 || positives == rows.length) {
      throw new IllegalArgumentException("training rows must hold both classes");
    }
    return positives;
  }

  /**
   * LIBLINEAR's {@code solve_l2r_lr_dual}: writes into {@code w} (length {@code dimension + 1},
   * bias last) the solution for the rows {@code order} with labels {@code y} (+1 or -1) and dual
   * upper bounds {@code upper} (C times the row's weight).
   *
   * @return the number of passes over the data
   */
  static int solve(
      PackedRows x,
      int[] order,
      byte[] y,
      int dimension,
      double[] w,
      double eps,
      double[] upper,
      Random random) {
    int l = order.length;
    double[] xTx = new double[l];
    int[] index = new int[l];
    // alpha[2i] is alpha_i and alpha[2i+1] is C_i - alpha_i, kept apart for precision.
    double[] alpha = new double[2 * l];
    double innerEps = 1e-2;
    double innerEpsMin = Math.min(1e-8, eps);
    for (int i = 0; i < l; i++) {
      alpha[2 * i] = Math.min(0.001 * upper[i], 1e-8);
      alpha[2 * i + 1] = upper[i] - alpha[2 * i];
    }
    Arrays.fill(w, 0.0);
    for (int i = 0; i < l; i++) {
      int r = order[i];
      int[] ib = x.indices(r);
      float[] vb = x.values(r);
      int end = x.end(r);
      double sq = 0;
      double step = y[i] * alpha[2 * i];
      for (int j = x.start(r); j < end; j++) {
        double v = vb[j];
        sq += v * v;
        w[ib[j]] += step * v;
      }
      xTx[i] = sq + 1.0;
      w[dimension] += step * 1.0;
      index[i] = i;
    }
    int iter = 0;
    while (iter < MAX_ITERATIONS) {
      for (int i = 0; i < l; i++) {
        int j = i + random.nextInt(l - i);
        int t = index[i];
        index[i] = index[j];
        index[j] = t;
      }
      int newtonIter = 0;
      double gmax = 0;
      for (int s = 0; s < l; s++) {
        int i = index[s];
        int r = order[i];
        int[] ib = x.indices(r);
        float[] vb = x.values(r);
        int start = x.start(r);
        int end = x.end(r);
        byte yi = y[i];
        double ui = upper[i];
        double ywTx = 0;
        for (int j = start; j < end; j++) {
          ywTx += w[ib[j]] * vb[j];
        }
        ywTx += w[dimension] * 1.0;
        ywTx *= yi;
        double xisq = xTx[i];
        double qa = xisq;
        double qb = ywTx;

        // Decide to minimise g_1(z) or g_2(z).
        int ind1 = 2 * i;
        int ind2 = 2 * i + 1;
        int sign = 1;
        if (0.5 * qa * (alpha[ind2] - alpha[ind1]) + qb < 0) {
          ind1 = 2 * i + 1;
          ind2 = 2 * i;
          sign = -1;
        }

        // g_t(z) = z*log(z) + (C-z)*log(C-z) + 0.5a(z-alpha_old)^2 + sign*b(z-alpha_old)
        double alphaOld = alpha[ind1];
        double z = alphaOld;
        if (ui - z < 0.5 * ui) {
          z = 0.1 * z;
        }
        double gp = qa * (z - alphaOld) + sign * qb + Math.log(z / (ui - z));
        gmax = Math.max(gmax, Math.abs(gp));

        // Newton's method on the one-variable sub-problem.
        final double eta = 0.1;
        int innerIter = 0;
        while (innerIter <= MAX_INNER_ITERATIONS) {
          if (Math.abs(gp) < innerEps) {
            break;
          }
          double gpp = qa + ui / (ui - z) / z;
          double tmpz = z - gp / gpp;
          if (tmpz <= 0) {
            z *= eta;
          } else {
            z = tmpz;
          }
          gp = qa * (z - alphaOld) + sign * qb + Math.log(z / (ui - z));
          newtonIter++;
          innerIter++;
        }

        if (innerIter > 0) {
          alpha[ind1] = z;
          alpha[ind2] = ui - z;
          double step = sign * (z - alphaOld) * yi;
          for (int j = start; j < end; j++) {
            w[ib[j]] += step * vb[j];
          }
          w[dimension] += step * 1.0;
        }
      }
      iter++;
      if (gmax < eps) {
        break;
      }
      if (newtonIter <= l / 10) {
        innerEps = Math.max(innerEpsMin, 0.1 * innerEps);
      }
    }
    return iter;
  }
}
