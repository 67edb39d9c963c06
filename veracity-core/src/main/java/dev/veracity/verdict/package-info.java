/**
 * The verdict on an article: how far to trust it, and why. The text model's calibrated probability,
 * the publishing site's rating and (later) matched fact-checks each become a {@link
 * dev.veracity.verdict.Signal} that adds log-odds toward "unreliable"; {@link
 * dev.veracity.verdict.LogOddsFusion} sums them by documented weights into one probability, reads
 * it against the text model's uncertain band, and reports each signal's share of the verdict
 * (docs/REPORT.md, "How the verdict is made").
 */
package dev.veracity.verdict;
