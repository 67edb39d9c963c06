package dev.veracity.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits the normalised form of a text and maps the sentences back to the original text.
 *
 * <p>The returned spans are offsets into the text given, trimmed, ordered and non-overlapping (two
 * sentences whose sources overlap, as when a split falls inside an expanded '…', are merged).
 * Thread-safe when its normaliser and splitter are.
 */
public final class NormalizingSentenceSplitter implements SentenceSplitter {

  private static final NormalizingSentenceSplitter STANDARD =
      new NormalizingSentenceSplitter(TextNormalizer.standard(), new OpenNlpSentenceSplitter());

  private final TextNormalizer normalizer;
  private final SentenceSplitter splitter;

  /** Splits with {@code splitter} after normalising with {@code normalizer}. */
  public NormalizingSentenceSplitter(TextNormalizer normalizer, SentenceSplitter splitter) {
    this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
    this.splitter = Objects.requireNonNull(splitter, "splitter");
  }

  /** The standard normaliser followed by {@link OpenNlpSentenceSplitter}. */
  public static NormalizingSentenceSplitter standard() {
    return STANDARD;
  }

  @Override
  public List<Span> split(String text) {
    return split(normalizer.normalize(text));
  }

  /** Sentences of {@code normalized}, as spans of its original text. */
  public List<Span> split(NormalizedText normalized) {
    Objects.requireNonNull(normalized, "normalized");
    String original = normalized.original();
    List<Span> sentences = new ArrayList<>();
    for (Span s : splitter.split(normalized.text())) {
      Span mapped = normalized.toOriginal(s);
      Span trimmed = Blanks.trim(original, mapped.start(), mapped.end());
      if (trimmed.length() == 0) {
        continue;
      }
      int last = sentences.size() - 1;
      if (last >= 0 && trimmed.start() < sentences.get(last).end()) {
        Span previous = sentences.get(last);
        sentences.set(last, new Span(previous.start(), Math.max(previous.end(), trimmed.end())));
      } else {
        sentences.add(trimmed);
      }
    }
    return List.copyOf(sentences);
  }

  @Override
  public String toString() {
    return "NormalizingSentenceSplitter[" + normalizer + " -> " + splitter + "]";
  }
}
