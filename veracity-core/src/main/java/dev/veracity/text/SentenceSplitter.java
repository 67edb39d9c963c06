package dev.veracity.text;

import java.util.List;

/**
 * Finds sentence boundaries.
 *
 * <p>Implementations are thread-safe. Returned spans are ordered, do not overlap, lie inside the
 * text and exclude surrounding white space.
 */
public interface SentenceSplitter {

  /** Sentence spans of {@code text}, offsets into {@code text}. */
  List<Span> split(String text);
}
