package dev.veracity.factcheck;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A fact-checker's verdict on one scale shared by all publishers, from {@link #FALSE} to {@link
 * #TRUE}, plus {@link #OTHER} for verdicts off that scale (satire, outdated, miscaptioned,
 * unproven, legend) and {@link #UNRATED} when the source gives no verdict.
 */
public enum Rating {
  /** False, pants on fire, fake, scam. */
  FALSE,
  /** Mostly false, barely true. */
  MOSTLY_FALSE,
  /** Mixture, half true. */
  MIXED,
  /** Mostly true. */
  MOSTLY_TRUE,
  /** True, correct attribution. */
  TRUE,
  /** A verdict off the false-true scale: satire, outdated, miscaptioned, unproven, legend. */
  OTHER,
  /** The source gives no verdict. */
  UNRATED;

  private static final Map<String, Rating> TEXTS =
      Map.ofEntries(
          Map.entry("false", FALSE),
          Map.entry("pants on fire", FALSE),
          Map.entry("pants fire", FALSE),
          Map.entry("pants on fire!", FALSE),
          Map.entry("fake", FALSE),
          Map.entry("incorrect", FALSE),
          Map.entry("wrong", FALSE),
          Map.entry("scam", FALSE),
          Map.entry("hoax", FALSE),
          Map.entry("fabricated", FALSE),
          Map.entry("mostly false", MOSTLY_FALSE),
          Map.entry("barely true", MOSTLY_FALSE),
          Map.entry("mostly inaccurate", MOSTLY_FALSE),
          Map.entry("misleading", MOSTLY_FALSE),
          Map.entry("mixture", MIXED),
          Map.entry("mixed", MIXED),
          Map.entry("half true", MIXED),
          Map.entry("half-true", MIXED),
          Map.entry("partly true", MIXED),
          Map.entry("partly false", MIXED),
          Map.entry("mostly true", MOSTLY_TRUE),
          Map.entry("mostly accurate", MOSTLY_TRUE),
          Map.entry("true", TRUE),
          Map.entry("correct", TRUE),
          Map.entry("accurate", TRUE),
          Map.entry("correct attribution", TRUE),
          Map.entry("satire", OTHER),
          Map.entry("labeled satire", OTHER),
          Map.entry("outdated", OTHER),
          Map.entry("miscaptioned", OTHER),
          Map.entry("misattributed", OTHER),
          Map.entry("unproven", OTHER),
          Map.entry("unsupported", OTHER),
          Map.entry("legend", OTHER),
          Map.entry("research in progress", OTHER));

  /** The lower-case id used in JSON and on the command line, e.g. {@code mostly_false}. */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether this rating sits on the false-true scale. */
  public boolean onScale() {
    return this != OTHER && this != UNRATED;
  }

  /**
   * Maps a publisher's rating text to the shared scale: case, hyphens, underscores and a trailing
   * full stop are ignored ({@code "Pants-Fire"} is {@link #FALSE}); blank is {@link #UNRATED};
   * unknown text is {@link #OTHER}.
   */
  public static Rating normalise(String ratingText) {
    Objects.requireNonNull(ratingText, "ratingText");
    String key =
        ratingText
            .strip()
            .toLowerCase(Locale.ROOT)
            .replace('-', ' ')
            .replace('_', ' ')
            .replaceAll("\\s+", " ")
            .replaceAll("[.!]+$", "");
    if (key.isEmpty()) {
      return UNRATED;
    }
    return TEXTS.getOrDefault(key, OTHER);
  }

  /**
   * Maps a numeric rating on a publisher's scale ({@code worst} = false, {@code best} = true, as in
   * schema.org Rating) to the five-step scale by equal-width bins.
   *
   * @throws IllegalArgumentException when {@code best <= worst} or the value lies outside
   */
  public static Rating fromScale(double value, double worst, double best) {
    if (!(best > worst)) {
      throw new IllegalArgumentException("best must be > worst (" + worst + "), got " + best);
    }
    if (!(value >= worst && value <= best)) {
      throw new IllegalArgumentException(
          "value must be in [" + worst + ", " + best + "], got " + value);
    }
    double position = (value - worst) / (best - worst);
    Rating[] scale = {FALSE, MOSTLY_FALSE, MIXED, MOSTLY_TRUE, TRUE};
    return scale[Math.min(4, (int) Math.floor(position * 5))];
  }

  /** The rating with the given {@link #id()}. */
  public static Rating ofId(String id) {
    for (Rating r : values()) {
      if (r.id().equals(id)) {
        return r;
      }
    }
    throw new IllegalArgumentException("unknown rating id: " + id);
  }
}
