package dev.veracity.source;

import dev.veracity.corpus.Skip;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One rating list as read: its snapshot, its ratings and the rows it left out or merged.
 *
 * @param snapshot the list's identity; {@code snapshot.entries()} equals {@code ratings.size()}
 * @param ratings one per site and section, in the list's row order
 * @param skipped rows left out (not a domain, no usable label) or merged into an earlier row
 */
public record SourceList(ListSnapshot snapshot, List<SourceRating> ratings, List<Skip> skipped) {

  /** Validates and copies. */
  public SourceList {
    Objects.requireNonNull(snapshot, "snapshot");
    ratings = List.copyOf(ratings);
    skipped = List.copyOf(skipped);
    if (snapshot.entries() != ratings.size()) {
      throw new IllegalArgumentException(
          "snapshot.entries must equal ratings.size, got "
              + snapshot.entries()
              + " and "
              + ratings.size());
    }
  }

  /** Rating counts per category, in category order, zero counts included. */
  public Map<SourceCategory, Integer> countsByCategory() {
    Map<SourceCategory, Integer> counts = new EnumMap<>(SourceCategory.class);
    for (SourceCategory c : SourceCategory.values()) {
      counts.put(c, 0);
    }
    for (SourceRating r : ratings) {
      counts.merge(r.category(), 1, Integer::sum);
    }
    return counts;
  }
}
