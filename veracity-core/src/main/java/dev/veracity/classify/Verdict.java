package dev.veracity.classify;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a reliability classifier concludes about one text. */
public enum Verdict {
  /** The probability of unreliable is at or below the model's lower threshold. */
  RELIABLE,
  /** The probability of unreliable is at or above the model's upper threshold. */
  UNRELIABLE,
  /** The probability lies inside the uncertain band, or the text is out of domain. */
  UNCERTAIN;

  /** The lower-case name used in JSON. */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
