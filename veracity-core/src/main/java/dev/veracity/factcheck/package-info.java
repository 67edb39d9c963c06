/**
 * Known fact-checks: a {@link dev.veracity.factcheck.FactCheck} shaped like schema.org ClaimReview,
 * its {@link dev.veracity.factcheck.Rating} on one scale across publishers, the {@link
 * dev.veracity.factcheck.FactCheckMatcher} role that finds the fact-checks of a claim, and the
 * {@link dev.veracity.factcheck.FactCheckReport} section of a check report. The store and the
 * matcher built on Lucene and sentence embeddings live in the veracity-factcheck module; a match
 * says that a claim was reviewed before, never that the article is supported.
 */
package dev.veracity.factcheck;
