package dev.veracity.source;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every loaded list's rating of one site, and the combined reading.
 *
 * <p>The combined fields come from {@link #basis()}, the first of {@link #ratings()}
 * (docs/SOURCES.md gives the order); when no list rates the site they are empty, which means "not
 * rated by any loaded list", never "reliable".
 *
 * @param address the site asked about
 * @param ratings the ratings that apply to the site, best first: overrides, then the most specific
 *     entry, then a section before the whole site, then the newest list
 * @param sectionOnly ratings of other sections of the same site (e.g. {@code newyorker.com/humor}
 *     when asked about {@code newyorker.com}); shown, never combined
 * @param category the combined category: {@code basis}'s
 * @param bias the first stated bias in {@code ratings} order; only the override's when the basis is
 *     an override
 * @param factuality the first stated factuality in {@code ratings} order; only the override's when
 *     the basis is an override
 * @param listsDisagree whether the applied ratings name more than one category
 */
public record SourceVerdict(
    SourceAddress address,
    List<SourceRating> ratings,
    List<SourceRating> sectionOnly,
    Optional<SourceCategory> category,
    Optional<Bias> bias,
    Optional<Factuality> factuality,
    boolean listsDisagree) {

  /** Validates and copies. */
  public SourceVerdict {
    Objects.requireNonNull(address, "address");
    ratings = List.copyOf(ratings);
    sectionOnly = List.copyOf(sectionOnly);
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(bias, "bias");
    Objects.requireNonNull(factuality, "factuality");
    if (category.isPresent() != !ratings.isEmpty()) {
      throw new IllegalArgumentException(
          "category must be present exactly when ratings are, got "
              + category
              + " with "
              + ratings.size()
              + " ratings");
    }
  }

  /**
   * Combines {@code ratings}, already in precedence order.
   *
   * @param ratings applied ratings, best first
   * @param sectionOnly ratings of other sections, shown only
   */
  public static SourceVerdict of(
      SourceAddress address, List<SourceRating> ratings, List<SourceRating> sectionOnly) {
    Optional<SourceRating> basis = ratings.stream().findFirst();
    // An override replaces what the lists say about the outlet, leaning and accuracy included.
    List<SourceRating> describing =
        basis.filter(b -> b.snapshot().list().equals(OverridesReader.NAME)).isPresent()
            ? List.of(basis.get())
            : ratings;
    return new SourceVerdict(
        address,
        ratings,
        sectionOnly,
        basis.map(SourceRating::category),
        describing.stream().flatMap(r -> r.bias().stream()).findFirst(),
        describing.stream().flatMap(r -> r.factuality().stream()).findFirst(),
        ratings.stream().map(SourceRating::category).distinct().count() > 1);
  }

  /** The rating the combined category comes from, when any list rates the site. */
  public Optional<SourceRating> basis() {
    return ratings.stream().findFirst();
  }

  /** Whether any loaded list rates the site (as a whole or the asked-about section). */
  public boolean rated() {
    return !ratings.isEmpty();
  }
}
