package dev.veracity.embed;

/** Small arithmetic on dense float vectors. */
public final class Vectors {

  private Vectors() {}

  /**
   * The cosine similarity of two vectors of the same length, in [-1, 1]; 0 when either is the zero
   * vector.
   *
   * @throws IllegalArgumentException when the lengths differ
   */
  public static double cosine(float[] a, float[] b) {
    requireSameLength(a, b);
    double dot = 0;
    double normA = 0;
    double normB = 0;
    for (int i = 0; i < a.length; i++) {
      dot += (double) a[i] * b[i];
      normA += (double) a[i] * a[i];
      normB += (double) b[i] * b[i];
    }
    if (normA == 0 || normB == 0) {
      return 0;
    }
    return Math.max(-1, Math.min(1, dot / Math.sqrt(normA * normB)));
  }

  /**
   * The dot product of two vectors of the same length; equals the cosine for unit vectors.
   *
   * @throws IllegalArgumentException when the lengths differ
   */
  public static double dot(float[] a, float[] b) {
    requireSameLength(a, b);
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += (double) a[i] * b[i];
    }
    return dot;
  }

  /**
   * A copy of the vector scaled to unit L2 norm; the zero vector is returned as a copy unchanged.
   */
  public static float[] normalized(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += (double) x * x;
    }
    float[] out = v.clone();
    if (norm == 0) {
      return out;
    }
    double scale = 1 / Math.sqrt(norm);
    for (int i = 0; i < out.length; i++) {
      out[i] = (float) (out[i] * scale);
    }
    return out;
  }

  private static void requireSameLength(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          "vectors must have the same length, got " + a.length + " and " + b.length);
    }
  }
}
