package dev.veracity.feature;

/** The one check of a sparse vector's parallel arrays, shared by feature vectors and weights. */
public final class SparseArrays {

  private SparseArrays() {}

  /**
   * Checks that {@code indices} and {@code values} have the same length, the indices are >= 0 and
   * strictly increasing, and every value is finite.
   *
   * @param valuesName how error messages name the values, e.g. {@code "weights"}
   * @throws IllegalArgumentException naming the first violation
   */
  public static void check(int[] indices, double[] values, String valuesName) {
    if (indices.length != values.length) {
      throw new IllegalArgumentException(
          "indices and values differ in length: " + indices.length + " vs " + values.length);
    }
    for (int i = 0; i < indices.length; i++) {
      if (indices[i] < 0 || (i > 0 && indices[i] <= indices[i - 1])) {
        throw new IllegalArgumentException("indices must be >= 0 and strictly increasing");
      }
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(valuesName + " must be finite, got " + values[i]);
      }
    }
  }
}
