package dev.veracity.text;

import java.util.List;

/**
 * A rule that cuts text into blocks no sentence may cross, applied before the sentence model.
 *
 * <p>Implementations are stateless and thread-safe and have a readable {@code toString()}.
 */
interface BlockBreak {

  /** The trimmed, non-empty, ordered pieces of {@code block} of {@code text}. */
  List<Span> cut(CharSequence text, Span block);
}
