/**
 * Evaluation of claim matching as ranked retrieval: {@link
 * dev.veracity.factcheck.eval.RetrievalMetrics} (MAP@k as the CheckThat! scorer computes it, MRR,
 * recall@k) over queries and TREC qrels, the CheckThat! 2020 task 2 data ({@link
 * dev.veracity.factcheck.eval.CheckThat2020}), and {@link dev.veracity.factcheck.eval.PlainBm25},
 * the plain BM25 baseline every matcher is compared with.
 */
package dev.veracity.factcheck.eval;
