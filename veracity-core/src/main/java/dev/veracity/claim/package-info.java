/**
 * Check-worthy claims: which sentences of an article state facts worth checking (ClaimBuster's
 * "check-worthy factual sentences", Hassan et al. 2017; CLEF CheckThat! Task 1). A {@link
 * dev.veracity.claim.ClaimDetector} gives each sentence a calibrated probability and explains it
 * with readable cues (numbers, dates, named people and organisations, comparisons, attribution;
 * opinion, questions and feelings count against) and its most influential words. {@link
 * dev.veracity.claim.ArticleClaimRanker} ranks the sentences of a segmented article, keeping reader
 * comments apart from the article's own text.
 */
package dev.veracity.claim;
