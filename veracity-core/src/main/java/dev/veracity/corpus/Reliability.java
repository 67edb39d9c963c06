package dev.veracity.corpus;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether a corpus marks a document as trustworthy news. */
public enum Reliability {
  /** Rated true or mostly true, or published by an outlet the corpus counts as reliable. */
  RELIABLE,
  /** Rated false, fabricated, or published by an outlet the corpus counts as fake. */
  UNRELIABLE;

  /** The lower-case name used in JSON. */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
