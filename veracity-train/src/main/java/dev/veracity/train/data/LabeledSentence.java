package dev.veracity.train.data;

import java.util.Objects;

/**
 * A sentence with a check-worthiness label.
 *
 * @param text the sentence
 * @param label 1 for check-worthy, 0 otherwise
 * @param source the corpus it came from, e.g. {@code claimbuster}
 * @param group the unit that must stay on one side of a split (a debate), never null
 */
public record LabeledSentence(String text, int label, String source, String group) {

  /** Validates. */
  public LabeledSentence {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(group, "group");
    if (label != 0 && label != 1) {
      throw new IllegalArgumentException("label must be 0 or 1, got " + label);
    }
  }

  /** This sentence in another group. */
  public LabeledSentence withGroup(String newGroup) {
    return new LabeledSentence(text, label, source, newGroup);
  }
}
