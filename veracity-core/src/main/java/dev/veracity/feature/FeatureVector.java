package dev.veracity.feature;

import java.util.Arrays;
import java.util.List;

/**
 * A sparse vector: strictly increasing column indices and their values.
 *
 * @param indices column indices, strictly increasing
 * @param values the value of each column, finite
 */
public record FeatureVector(int[] indices, double[] values) {

  /** Validates and copies the arrays. */
  public FeatureVector {
    indices = indices.clone();
    values = values.clone();
    SparseArrays.check(indices, values, "values");
  }

  /**
   * Sums the values of terms that share a column (hash collisions) into one vector; each column's
   * values are added in list order.
   */
  public static FeatureVector of(List<HashedTerm> terms) {
    int n = terms.size();
    // Sorting (column, position) pairs keeps list order within a column, as a map merge would,
    // without boxing every column and value.
    long[] order = new long[n];
    for (int i = 0; i < n; i++) {
      order[i] = (long) terms.get(i).index() << 32 | i;
    }
    Arrays.sort(order);
    int[] idx = new int[n];
    double[] val = new double[n];
    int size = 0;
    for (long o : order) {
      int column = (int) (o >>> 32);
      double value = terms.get((int) o).value();
      if (size > 0 && idx[size - 1] == column) {
        val[size - 1] = val[size - 1] + value;
      } else {
        idx[size] = column;
        val[size] = value;
        size++;
      }
    }
    return new FeatureVector(Arrays.copyOf(idx, size), Arrays.copyOf(val, size));
  }

  /** Number of stored columns. */
  public int size() {
    return indices.length;
  }

  /** The dot product with a dense weight array; columns beyond its length count as 0. */
  public double dot(double[] weights) {
    double sum = 0;
    for (int i = 0; i < indices.length; i++) {
      if (indices[i] < weights.length) {
        sum += values[i] * weights[indices[i]];
      }
    }
    return sum;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FeatureVector v
        && Arrays.equals(indices, v.indices)
        && Arrays.equals(values, v.values);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(indices) + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "FeatureVector" + Arrays.toString(indices) + "=" + Arrays.toString(values);
  }
}
