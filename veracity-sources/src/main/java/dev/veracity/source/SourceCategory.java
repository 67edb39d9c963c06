package dev.veracity.source;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a list classes an outlet; political leaning is kept apart, in {@link Bias}. */
public enum SourceCategory {
  /** Generally accurate reporting. */
  RELIABLE,
  /** Generally verifiable, but misleading headlines, one-sided selection or mixed accuracy. */
  MIXED,
  /** Fabricated, rumour-based or frequently false reporting. */
  UNRELIABLE,
  /** Humour or parody presented as news. */
  SATIRE,
  /** Controlled or funded by a government to carry its messages. */
  STATE_MEDIA,
  /** Conspiracy theories or pseudoscience. */
  CONSPIRACY_PSEUDOSCIENCE;

  /** The lower-case name used in JSON, in text output and in the overrides file. */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The category named {@code id}, as written by {@link #id()}; case and {@code -} versus {@code _}
   * do not matter.
   *
   * @throws IllegalArgumentException when no category has that name
   */
  public static SourceCategory fromId(String id) {
    String key = id.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (SourceCategory c : values()) {
      if (c.name().equals(key)) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown source category '" + id + "'");
  }
}
