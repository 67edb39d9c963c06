package dev.veracity.factcheck.eval;

/**
 * Ranked-retrieval scores over a query set, each in [0, 1].
 *
 * @param queries how many queries with at least one relevant document were scored
 * @param mapAt1 mean average precision at 1
 * @param mapAt5 mean average precision at 5 (the CheckThat! 2020 task 2 measure)
 * @param mrr mean reciprocal rank of the first relevant document (0 when none is retrieved)
 * @param recallAt5 mean share of a query's relevant documents in its top 5
 * @param recallAt20 mean share in its top 20
 */
public record MatchingScores(
    int queries, double mapAt1, double mapAt5, double mrr, double recallAt5, double recallAt20) {}
