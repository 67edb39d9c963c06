package dev.veracity.source;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One list's rating of one site, with where it came from.
 *
 * @param site the entry as indexed: a host without {@code www.}, e.g. {@code yournewswire.com} or
 *     {@code us.blastingnews.com}
 * @param section the path the list rated, when it rated only part of the site, e.g. {@code /humor}
 * @param category the class the list's labels map to (docs/SOURCES.md)
 * @param bias the political leaning the list states, when it states one
 * @param factuality the list's factuality level, when it gives one (MBFC)
 * @param reason the list's stated notes or reference page, when it gives any
 * @param originalLabels the list's own labels, verbatim, in the list's order
 * @param author who wrote the rating, when the list says (overrides)
 * @param ratedOn when the rating was written, when the list says per entry (overrides)
 * @param location where in the list, e.g. {@code sources.csv:245}
 * @param snapshot the list it came from: name, version, date and file digests
 */
public record SourceRating(
    String site,
    Optional<String> section,
    SourceCategory category,
    Optional<Bias> bias,
    Optional<Factuality> factuality,
    Optional<String> reason,
    List<String> originalLabels,
    Optional<String> author,
    Optional<String> ratedOn,
    String location,
    ListSnapshot snapshot) {

  /** Validates and copies. */
  public SourceRating {
    if (site == null || site.isBlank()) {
      throw new IllegalArgumentException("site must not be blank, got '" + site + "'");
    }
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(bias, "bias");
    Objects.requireNonNull(factuality, "factuality");
    Objects.requireNonNull(reason, "reason");
    originalLabels = List.copyOf(originalLabels);
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(ratedOn, "ratedOn");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(snapshot, "snapshot");
  }

  /** The same rating tied to another snapshot (readers count entries only after reading them). */
  SourceRating withSnapshot(ListSnapshot newSnapshot) {
    return new SourceRating(
        site,
        section,
        category,
        bias,
        factuality,
        reason,
        originalLabels,
        author,
        ratedOn,
        location,
        newSnapshot);
  }

  /** The site and section as one string, e.g. {@code newyorker.com/humor}. */
  public String siteKey() {
    return site + section.orElse("");
  }
}
