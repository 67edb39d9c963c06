package dev.veracity.train;

import dev.veracity.model.PlattCalibration;

/**
 * Fits a {@link PlattCalibration} to raw scores and labels by Newton's method with a backtracking
 * line search and Platt's smoothed targets (Lin, Lin and Weng 2007, "A note on Platt's
 * probabilistic outputs for support vector machines", Algorithm 1).
 */
public final class PlattScaling {

  private PlattScaling() {}

  /** The calibration that best maps {@code raw} to the probability of label 1. */
  public static PlattCalibration fit(double[] raw, int[] labels) {
    if (raw.length != labels.length || raw.length == 0) {
      throw new IllegalArgumentException(
          "raw and labels must be non-empty and equal in length, got "
              + raw.length
              + ", "
              + labels.length);
    }
    int prior1 = 0;
    for (int l : labels) {
      prior1 += l;
    }
    int prior0 = labels.length - prior1;
    double hi = (prior1 + 1.0) / (prior1 + 2.0);
    double lo = 1.0 / (prior0 + 2.0);
    double[] t = new double[raw.length];
    for (int i = 0; i < raw.length; i++) {
      t[i] = labels[i] == 1 ? hi : lo;
    }
    // Parameters of p = 1 / (1 + exp(a * f + b)), as in the paper; converted at the end.
    double a = 0.0;
    double b = Math.log((prior0 + 1.0) / (prior1 + 1.0));
    double sigma = 1e-12;
    double fval = objective(raw, t, a, b);
    for (int it = 0; it < 100; it++) {
      double h11 = sigma;
      double h22 = sigma;
      double h21 = 0;
      double g1 = 0;
      double g2 = 0;
      for (int i = 0; i < raw.length; i++) {
        double fApB = raw[i] * a + b;
        double p;
        double q;
        if (fApB >= 0) {
          p = Math.exp(-fApB) / (1.0 + Math.exp(-fApB));
          q = 1.0 / (1.0 + Math.exp(-fApB));
        } else {
          p = 1.0 / (1.0 + Math.exp(fApB));
          q = Math.exp(fApB) / (1.0 + Math.exp(fApB));
        }
        double d2 = p * q;
        h11 += raw[i] * raw[i] * d2;
        h22 += d2;
        h21 += raw[i] * d2;
        double d1 = t[i] - p;
        g1 += raw[i] * d1;
        g2 += d1;
      }
      if (Math.abs(g1) < 1e-5 && Math.abs(g2) < 1e-5) {
        break;
      }
      double det = h11 * h22 - h21 * h21;
      double dA = -(h22 * g1 - h21 * g2) / det;
      double dB = -(-h21 * g1 + h11 * g2) / det;
      double gd = g1 * dA + g2 * dB;
      double step = 1;
      while (step >= 1e-10) {
        double newA = a + step * dA;
        double newB = b + step * dB;
        double newF = objective(raw, t, newA, newB);
        if (newF < fval + 1e-4 * step * gd) {
          a = newA;
          b = newB;
          fval = newF;
          break;
        }
        step /= 2;
      }
      if (step < 1e-10) {
        break;
      }
    }
    return new PlattCalibration(-a, -b);
  }

  private static double objective(double[] raw, double[] t, double a, double b) {
    double f = 0;
    for (int i = 0; i < raw.length; i++) {
      double fApB = raw[i] * a + b;
      f +=
          fApB >= 0
              ? t[i] * fApB + Math.log1p(Math.exp(-fApB))
              : (t[i] - 1) * fApB + Math.log1p(Math.exp(fApB));
    }
    return f;
  }
}
