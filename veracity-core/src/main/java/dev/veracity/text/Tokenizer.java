package dev.veracity.text;

import java.util.List;

/**
 * Splits text into tokens whose offsets point into the text given.
 *
 * <p>Implementations are thread-safe.
 */
public interface Tokenizer {

  /** Tokens of {@code text} in order; empty for empty text. */
  List<Token> tokenize(CharSequence text);
}
