package dev.veracity.signal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one rating list says about a site.
 *
 * @param list the list's name and version, e.g. {@code opensources}
 * @param date the list's date, as the list states it
 * @param site the entry that matched (a domain, or a host for subdomain entries)
 * @param category the list's rating mapped to Veracity's categories, e.g. {@code unreliable}
 * @param bias political bias, when the list gives one (kept apart from reliability)
 * @param factuality factual-reporting level, when the list gives one
 * @param reason the list's stated reason or notes
 * @param originalLabels the labels exactly as the list writes them
 */
public record ListRating(
    String list,
    String date,
    String site,
    String category,
    Optional<String> bias,
    Optional<String> factuality,
    Optional<String> reason,
    List<String> originalLabels) {

  /** Validates and copies. */
  public ListRating {
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(bias, "bias");
    Objects.requireNonNull(factuality, "factuality");
    Objects.requireNonNull(reason, "reason");
    originalLabels = List.copyOf(originalLabels);
  }
}
