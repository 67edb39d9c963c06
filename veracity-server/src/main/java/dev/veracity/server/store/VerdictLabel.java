package dev.veracity.server.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The rating scale reviewers use, for articles and claims alike, with its schema.org ClaimReview
 * rating (1 worst to 5 best; {@link #UNPROVEN} has none).
 */
public enum VerdictLabel {
  /** Accurate. */
  TRUE(5, "True"),
  /** Accurate with minor caveats. */
  MOSTLY_TRUE(4, "Mostly true"),
  /** Partly accurate, partly not. */
  MIXED(3, "Mixed"),
  /** Mostly inaccurate. */
  MOSTLY_FALSE(2, "Mostly false"),
  /** Inaccurate. */
  FALSE(1, "False"),
  /** Not enough evidence either way. */
  UNPROVEN(0, "Unproven");

  private final int rating;
  private final String title;

  VerdictLabel(int rating, String title) {
    this.rating = rating;
    this.title = title;
  }

  /** The lower-case id used in JSON, e.g. {@code mostly_true}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The ClaimReview {@code ratingValue}, 1 to 5, or 0 for {@link #UNPROVEN}. */
  public int rating() {
    return rating;
  }

  /** The label for people, e.g. {@code Mostly true}. */
  public String title() {
    return title;
  }

  /** The label with the given {@link #id()}. */
  public static Optional<VerdictLabel> fromId(String id) {
    return Arrays.stream(values()).filter(l -> l.id().equals(id)).findFirst();
  }
}
