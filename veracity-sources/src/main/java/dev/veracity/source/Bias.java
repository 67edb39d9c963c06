package dev.veracity.source;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** A list's statement of an outlet's political leaning; says nothing about its accuracy. */
public enum Bias {
  /** MBFC "extreme-left". */
  EXTREME_LEFT,
  /** MBFC "left". */
  LEFT,
  /** MBFC "left-center" (the README calls it "center-left"). */
  LEFT_CENTER,
  /** MBFC "center". */
  CENTER,
  /** MBFC "right-center". */
  RIGHT_CENTER,
  /** MBFC "right". */
  RIGHT,
  /** MBFC "extreme-right". */
  EXTREME_RIGHT,
  /** OpenSources "political": argues for one side, direction not stated. */
  PARTISAN,
  /** OpenSources "bias": propaganda or opinion distorted as fact, direction not stated. */
  HYPERPARTISAN;

  /** The lower-case name with {@code -}, e.g. {@code "left-center"}, used in JSON and text. */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The bias named {@code id}; case does not matter, {@code _} equals {@code -}, and MBFC's README
   * spellings {@code center-left} and {@code center-right} are accepted.
   *
   * @throws IllegalArgumentException when no bias has that name
   */
  public static Bias fromId(String id) {
    String key = id.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    switch (key) {
      case "CENTER_LEFT":
        return LEFT_CENTER;
      case "CENTER_RIGHT":
        return RIGHT_CENTER;
      default:
        for (Bias b : values()) {
          if (b.name().equals(key)) {
            return b;
          }
        }
        throw new IllegalArgumentException("unknown bias '" + id + "'");
    }
  }
}
