package dev.veracity.signal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the publishing site is rated: every loaded list's rating and their combination.
 *
 * <p>An unrated site has an empty {@code category} and no ratings: "not rated" is not "reliable".
 *
 * @param domain the registrable domain the article was attributed to, e.g. {@code yournewswire.com}
 * @param category the combined category, e.g. {@code conspiracy_pseudoscience}, when any list rates
 *     the site
 * @param bias the combined political bias, when known
 * @param factuality the combined factual-reporting level, when known
 * @param listsDisagree whether the lists that rate the site give different categories
 * @param ratings each list's rating, the one that decided the category first
 * @param note a sentence for a person: what was looked up and what the lists are
 */
public record SourceSignal(
    String domain,
    Optional<String> category,
    Optional<String> bias,
    Optional<String> factuality,
    boolean listsDisagree,
    List<ListRating> ratings,
    String note) {

  /** Validates and copies. */
  public SourceSignal {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(bias, "bias");
    Objects.requireNonNull(factuality, "factuality");
    Objects.requireNonNull(note, "note");
    ratings = List.copyOf(ratings);
    if (category.isPresent() == ratings.isEmpty()) {
      throw new IllegalArgumentException(
          "category must be present exactly when ratings are, got "
              + category
              + " with "
              + ratings.size()
              + " ratings");
    }
  }
}
