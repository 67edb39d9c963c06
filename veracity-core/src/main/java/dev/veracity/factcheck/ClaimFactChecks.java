package dev.veracity.factcheck;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The known fact-checks found for one statement of an article.
 *
 * @param role whether the statement is the headline or a check-worthy claim
 * @param text the statement
 * @param start offset of the statement in the article text, or -1 for a headline that is not part
 *     of the text
 * @param end offset after the statement, or -1 with {@code start}
 * @param matches the matches above the matcher's threshold, best first; empty means no known
 *     fact-check, not support
 */
public record ClaimFactChecks(
    Role role, String text, int start, int end, List<FactCheckMatch> matches) {

  /** Validates and copies. */
  public ClaimFactChecks {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(text, "text");
    if (start < -1 || end < start || (start == -1) != (end == -1)) {
      throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
    }
    matches = List.copyOf(matches);
  }

  /** What the statement is. */
  public enum Role {
    /** The article's headline. */
    HEADLINE,
    /** A check-worthy claim of the article. */
    CLAIM;

    /** The lower-case id used in JSON. */
    @JsonValue
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
