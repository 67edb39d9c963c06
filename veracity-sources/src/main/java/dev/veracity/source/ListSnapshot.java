package dev.veracity.source;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The identity of one loaded rating list, copied into every rating taken from it.
 *
 * @param list the list's short name: {@code opensources}, {@code mbfc-baly} or {@code overrides}
 * @param version which release or part of the list, e.g. {@code v2.1.0} or {@code acl2020}
 * @param date when the list's labels were made: an ISO date or year, or {@code unknown}
 * @param origin where the list comes from, e.g. a repository and commit
 * @param licence the list's licence as stated
 * @param sha256 hex SHA-256 per file read, keyed by path relative to the list's folder, sorted
 * @param entries the ratings the list gave after merging duplicates
 * @param skipped rows left out or merged, each with a reason in {@link SourceList#skipped()}
 */
public record ListSnapshot(
    String list,
    String version,
    String date,
    String origin,
    String licence,
    Map<String, String> sha256,
    int entries,
    int skipped) {

  /** Validates and copies. */
  public ListSnapshot {
    requireText(list, "list");
    requireText(version, "version");
    requireText(date, "date");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(licence, "licence");
    sha256 = Collections.unmodifiableMap(new TreeMap<>(sha256));
    if (entries < 0) {
      throw new IllegalArgumentException("entries must be >= 0, got " + entries);
    }
    if (skipped < 0) {
      throw new IllegalArgumentException("skipped must be >= 0, got " + skipped);
    }
  }

  /** A placeholder for ratings made while the list is still being read and counted. */
  static ListSnapshot reading(String list) {
    return new ListSnapshot(list, "reading", "unknown", "", "", Map.of(), 0, 0);
  }

  /** {@code list/version}, e.g. {@code mbfc-baly/acl2020}. */
  public String name() {
    return list + "/" + version;
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank, got '" + value + "'");
    }
  }
}
