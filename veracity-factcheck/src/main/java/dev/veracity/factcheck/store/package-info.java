/**
 * The on-disk fact-check store: a Lucene 9 index holding each {@link
 * dev.veracity.factcheck.FactCheck} once (keyed by its id, so re-imports replace), searched by BM25
 * over the claim and the review title and by HNSW nearest neighbours over the claim's sentence
 * embedding, the two rankings fused by reciprocal rank (Cormack, Clarke and Buettcher 2009). {@link
 * dev.veracity.factcheck.store.LuceneFactCheckStore} is also the default {@link
 * dev.veracity.factcheck.FactCheckMatcher}.
 */
package dev.veracity.factcheck.store;
