package dev.veracity.factcheck.store;

import dev.veracity.factcheck.Rating;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which fact-checks a search may return; every present condition must hold.
 *
 * @param language only reviews in this ISO 639-1 language
 * @param publisher only reviews by this publisher (case-insensitive, whole name)
 * @param ratings only reviews with one of these ratings; empty means any
 * @param reviewedFrom only reviews published on or after this day (reviews without a date fail)
 * @param reviewedTo only reviews published on or before this day (reviews without a date fail)
 */
public record FactCheckFilter(
    Optional<String> language,
    Optional<String> publisher,
    Set<Rating> ratings,
    Optional<LocalDate> reviewedFrom,
    Optional<LocalDate> reviewedTo) {

  /** No condition. */
  public static final FactCheckFilter ANY =
      new FactCheckFilter(
          Optional.empty(), Optional.empty(), Set.of(), Optional.empty(), Optional.empty());

  /** Validates and normalises. */
  public FactCheckFilter {
    language = Objects.requireNonNull(language, "language").map(l -> l.toLowerCase(Locale.ROOT));
    publisher = Objects.requireNonNull(publisher, "publisher").map(FactCheckFilter::key);
    ratings = Set.copyOf(ratings);
    Objects.requireNonNull(reviewedFrom, "reviewedFrom");
    Objects.requireNonNull(reviewedTo, "reviewedTo");
  }

  /** Whether no condition is set. */
  public boolean isAny() {
    return language.isEmpty()
        && publisher.isEmpty()
        && ratings.isEmpty()
        && reviewedFrom.isEmpty()
        && reviewedTo.isEmpty();
  }

  /** The indexed form of a publisher name. */
  static String key(String publisher) {
    return publisher.strip().toLowerCase(Locale.ROOT);
  }
}
