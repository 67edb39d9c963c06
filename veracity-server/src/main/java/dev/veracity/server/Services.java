package dev.veracity.server;

import dev.veracity.Veracity;
import dev.veracity.source.SourceRatings;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * The analysis parts the server adapts, built by the caller (the CLI builds them from its model and
 * data flags).
 *
 * @param veracity the check pipeline
 * @param sources the source-rating lists behind {@code /api/v1/sources/{domain}}, when loaded
 * @param factChecks the fact-check search behind {@code /api/v1/factchecks}, when configured
 * @param clock stamps stored checks, verdicts and keys
 */
public record Services(
    Veracity veracity,
    Optional<SourceRatings> sources,
    Optional<FactCheckSearch> factChecks,
    Clock clock) {

  /** Validates. */
  public Services {
    Objects.requireNonNull(veracity, "veracity");
    Objects.requireNonNull(sources, "sources");
    Objects.requireNonNull(factChecks, "factChecks");
    Objects.requireNonNull(clock, "clock");
  }

  /** Just the pipeline: no source lists, no fact-check store, the system clock. */
  public static Services of(Veracity veracity) {
    return new Services(veracity, Optional.empty(), Optional.empty(), Clock.systemUTC());
  }

  /** A copy with source ratings. */
  public Services withSources(SourceRatings value) {
    return new Services(veracity, Optional.of(value), factChecks, clock);
  }

  /** A copy with a fact-check search. */
  public Services withFactChecks(FactCheckSearch value) {
    return new Services(veracity, sources, Optional.of(value), clock);
  }
}
