package dev.veracity.source;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** MBFC's three-level rating of an outlet's factual reporting. */
public enum Factuality {
  /** MBFC "high". */
  HIGH,
  /** MBFC "mixed". */
  MIXED,
  /** MBFC "low". */
  LOW;

  /** The lower-case name used in JSON and text. */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The factuality named {@code id}, case-insensitively.
   *
   * @throws IllegalArgumentException when no factuality has that name
   */
  public static Factuality fromId(String id) {
    String key = id.strip().toUpperCase(Locale.ROOT);
    for (Factuality f : values()) {
      if (f.name().equals(key)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown factuality '" + id + "'");
  }
}
