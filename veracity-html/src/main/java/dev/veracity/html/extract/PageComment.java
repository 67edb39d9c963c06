package dev.veracity.html.extract;

import java.util.Objects;
import java.util.Optional;

/**
 * A reader's comment found in the page's comment section.
 *
 * @param author the commenter's display name, when the markup names one
 * @param date the comment's date as the page states it (an ISO timestamp when the markup has a
 *     machine-readable one, else the visible text)
 * @param text the comment's plain text, without author, date or reply links; never blank
 * @param depth 0 for a top-level comment, 1 for a reply to it, and so on
 */
public record PageComment(Optional<String> author, Optional<String> date, String text, int depth) {

  /** Validates the components. */
  public PageComment {
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("text must not be blank, got '" + text + "'");
    }
    if (depth < 0) {
      throw new IllegalArgumentException("depth must be >= 0, got " + depth);
    }
  }
}
