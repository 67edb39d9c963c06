package dev.veracity.eval;

/**
 * How precise the most confident predictions are, for one coverage.
 *
 * @param coverage the share of items decided, in (0, 1]
 * @param accuracy the share of decided items whose label (at probability 0.5) is right
 * @param n the number of items decided
 */
public record CoveragePoint(double coverage, double accuracy, int n) {}
