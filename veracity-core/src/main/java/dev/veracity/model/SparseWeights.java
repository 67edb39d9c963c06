package dev.veracity.model;

import dev.veracity.feature.SparseArrays;
import java.util.Arrays;

/**
 * The non-zero weights of a linear model, stored sparsely.
 *
 * @param indices column indices, strictly increasing
 * @param values the weight of each column, finite and non-zero
 */
public record SparseWeights(int[] indices, double[] values) {

  /** Validates and copies the arrays. */
  public SparseWeights {
    indices = indices.clone();
    values = values.clone();
    SparseArrays.check(indices, values, "weights");
  }

  /**
   * The non-zero entries of {@code dense}, rounded to {@code decimals} places; entries that round
   * to zero are dropped.
   */
  public static SparseWeights of(double[] dense, int decimals) {
    double scale = Math.pow(10, decimals);
    int n = 0;
    int[] idx = new int[dense.length];
    double[] val = new double[dense.length];
    for (int i = 0; i < dense.length; i++) {
      double r = Math.round(dense[i] * scale) / scale;
      if (r != 0.0) {
        idx[n] = i;
        val[n] = r;
        n++;
      }
    }
    return new SparseWeights(Arrays.copyOf(idx, n), Arrays.copyOf(val, n));
  }

  /** The weights as a dense array of {@code dimension} columns. */
  public double[] toDense(int dimension) {
    double[] dense = new double[dimension];
    for (int i = 0; i < indices.length; i++) {
      if (indices[i] >= dimension) {
        throw new IllegalArgumentException(
            "weight index " + indices[i] + " outside dimension " + dimension);
      }
      dense[indices[i]] = values[i];
    }
    return dense;
  }

  /** Number of non-zero weights. */
  public int size() {
    return indices.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SparseWeights w
        && Arrays.equals(indices, w.indices)
        && Arrays.equals(values, w.values);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(indices) + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "SparseWeights[" + indices.length + " non-zero]";
  }
}
