package dev.veracity.style;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a cue's value compares with reliable news. */
public enum Assessment {
  /** Below the reference range. */
  BELOW,
  /** Inside the reference range. */
  WITHIN,
  /** Above the reference range. */
  ABOVE,
  /** No reference range is known for this cue. */
  UNKNOWN;

  /** The lower-case name used in JSON reports. */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
