package dev.veracity.factcheck.store;

/**
 * How the lexical and semantic rankings are fused: reciprocal rank fusion (Cormack, Clarke and
 * Buettcher, SIGIR 2009), each list contributing {@code weight / (k + rank)} for its first {@code
 * depth} results.
 *
 * @param k the rank constant, > 0 (60 in the paper)
 * @param lexicalWeight weight of the BM25 list, >= 0
 * @param semanticWeight weight of the embedding list, >= 0
 * @param depth how many results each list contributes, at least 1
 */
public record FusionSettings(double k, double lexicalWeight, double semanticWeight, int depth) {

  /** The settings tuned on the CheckThat 2020 task 2 training queries (docs/EVALUATION.md). */
  public static final FusionSettings DEFAULT = new FusionSettings(10, 1.0, 1.0, 100);

  /** Validates. */
  public FusionSettings {
    if (!(k > 0)) {
      throw new IllegalArgumentException("k must be > 0, got " + k);
    }
    if (!(lexicalWeight >= 0) || !(semanticWeight >= 0)) {
      throw new IllegalArgumentException(
          "weights must be >= 0, got " + lexicalWeight + " and " + semanticWeight);
    }
    if (depth < 1) {
      throw new IllegalArgumentException("depth must be >= 1, got " + depth);
    }
  }
}
