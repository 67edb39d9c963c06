package dev.veracity.factcheck.store;

import java.util.List;

/**
 * The two candidate lists of one query before fusion, for evaluation and tuning.
 *
 * @param lexicalIds fact-check ids by BM25, best first
 * @param lexicalScores their BM25 scores
 * @param semanticIds fact-check ids by embedding similarity, best first
 * @param semanticCosines their cosine similarities to the query
 */
public record Rankings(
    List<String> lexicalIds,
    List<Double> lexicalScores,
    List<String> semanticIds,
    List<Double> semanticCosines) {

  /** Validates and copies. */
  public Rankings {
    lexicalIds = List.copyOf(lexicalIds);
    lexicalScores = List.copyOf(lexicalScores);
    semanticIds = List.copyOf(semanticIds);
    semanticCosines = List.copyOf(semanticCosines);
    if (lexicalIds.size() != lexicalScores.size() || semanticIds.size() != semanticCosines.size()) {
      throw new IllegalArgumentException("every id needs one score");
    }
  }
}
