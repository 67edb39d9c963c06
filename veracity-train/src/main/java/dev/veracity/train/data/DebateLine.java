package dev.veracity.train.data;

import java.util.Objects;

/**
 * One line of a CheckThat! 2019 debate transcript with the context a sentence list loses.
 *
 * @param debate the debate file name
 * @param lineNumber the line number within the debate (1-based, as released)
 * @param speaker the speaker as written in the transcript (e.g. {@code TRUMP}, {@code SYSTEM})
 * @param text the sentence
 * @param label 1 for check-worthy, 0 otherwise
 */
public record DebateLine(String debate, int lineNumber, String speaker, String text, int label) {

  /** Validates. */
  public DebateLine {
    Objects.requireNonNull(debate, "debate");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(text, "text");
  }
}
