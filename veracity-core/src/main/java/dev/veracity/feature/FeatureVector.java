package dev.veracity.feature;

import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

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

  /** Sums the values of terms that share a column (hash collisions) into one vector. */
  public static FeatureVector of(List<HashedTerm> terms) {
    TreeMap<Integer, Double> columns = new TreeMap<>();
    for (HashedTerm t : terms) {
      columns.merge(t.index(), t.value(), Double::sum);
    }
    int[] idx = new int[columns.size()];
    double[] val = new double[columns.size()];
    int i = 0;
    for (var e : columns.entrySet()) {
      idx[i] = e.getKey();
      val[i] = e.getValue();
      i++;
    }
    return new FeatureVector(idx, val);
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
