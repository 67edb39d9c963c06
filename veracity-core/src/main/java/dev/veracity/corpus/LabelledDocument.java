package dev.veracity.corpus;

import java.util.Objects;
import java.util.Optional;

/**
 * One article of a labelled corpus.
 *
 * @param corpus the corpus's short name, e.g. {@code buzzfeed-webis-2016}
 * @param id identifier unique inside the corpus (usually the file name or row id)
 * @param title the headline, when the corpus gives one
 * @param text the article body; may be empty for headline-only corpora
 * @param label the corpus label mapped to reliability; empty when the label map leaves it out
 * @param originalLabel the label exactly as the corpus spells it
 * @param group what to keep together in grouped cross-validation (outlet, portal, topic pair)
 */
public record LabelledDocument(
    String corpus,
    String id,
    Optional<String> title,
    String text,
    Optional<Reliability> label,
    String originalLabel,
    String group) {

  /** Validates that no component is null or blank where it must not be. */
  public LabelledDocument {
    requireNonBlank(corpus, "corpus");
    requireNonBlank(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(label, "label");
    requireNonBlank(originalLabel, "originalLabel");
    requireNonBlank(group, "group");
  }

  /** The title, a blank line and the body, or the body alone when there is no title. */
  public String titleAndText() {
    return title.map(t -> text.isEmpty() ? t : t + "\n\n" + text).orElse(text);
  }

  private static void requireNonBlank(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank, got '" + value + "'");
    }
  }
}
