package dev.veracity.factcheck.store;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a store holds.
 *
 * @param directory where the index lives
 * @param factChecks how many fact-checks
 * @param bytesOnDisk the index files' total size
 * @param encoder the sentence encoder the vectors came from
 * @param bySource counts per import format
 * @param byPublisher counts per publisher
 * @param byRating counts per rating id
 * @param byLanguage counts per language
 */
public record StoreStats(
    String directory,
    int factChecks,
    long bytesOnDisk,
    String encoder,
    Map<String, Integer> bySource,
    Map<String, Integer> byPublisher,
    Map<String, Integer> byRating,
    Map<String, Integer> byLanguage) {

  /** Validates and copies (sorted by key). */
  public StoreStats {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(encoder, "encoder");
    bySource = Collections.unmodifiableMap(new TreeMap<>(bySource));
    byPublisher = Collections.unmodifiableMap(new TreeMap<>(byPublisher));
    byRating = Collections.unmodifiableMap(new TreeMap<>(byRating));
    byLanguage = Collections.unmodifiableMap(new TreeMap<>(byLanguage));
  }
}
