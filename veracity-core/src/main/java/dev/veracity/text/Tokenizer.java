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

  /** The offsets of the tokens {@link #tokenize} returns, which may be computed faster. */
  default TokenOffsets offsets(CharSequence text) {
    return TokenOffsets.of(tokenize(text));
  }
}
