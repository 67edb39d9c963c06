package dev.veracity.corpus;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An explicit map from one corpus's labels to {@link Reliability}; labels it leaves out stay
 * unmapped.
 *
 * @param mapping lower-case original label to reliability
 */
public record LabelMap(Map<String, Reliability> mapping) {

  /** Copies the map, requiring lower-case keys. */
  public LabelMap {
    for (String key : mapping.keySet()) {
      if (!key.equals(key.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("label keys must be lower case, got '" + key + "'");
      }
    }
    mapping = Map.copyOf(new TreeMap<>(mapping));
  }

  /** The reliability of {@code originalLabel} (case-insensitive), if the map names it. */
  public Optional<Reliability> apply(String originalLabel) {
    return Optional.ofNullable(mapping.get(originalLabel.toLowerCase(Locale.ROOT)));
  }

  @Override
  public String toString() {
    return new TreeMap<>(mapping).toString();
  }
}
