package dev.veracity.text;

import java.util.Arrays;
import java.util.List;

/**
 * The offsets of a text's tokens in two parallel int arrays, for hot paths that read token
 * characters in place instead of allocating a {@link Token} and a string per token.
 *
 * <p>Built by one tokenization and read-only afterwards; safe to share once built.
 */
public final class TokenOffsets {

  private int[] starts;
  private int[] ends;
  private int size;

  /** An empty list with room for {@code capacity} tokens before it grows. */
  TokenOffsets(int capacity) {
    starts = new int[Math.max(4, capacity)];
    ends = new int[starts.length];
  }

  /** The offsets of {@code tokens}. */
  public static TokenOffsets of(List<Token> tokens) {
    TokenOffsets out = new TokenOffsets(tokens.size());
    for (Token t : tokens) {
      out.add(t.start(), t.end());
    }
    return out;
  }

  void add(int start, int end) {
    if (size == starts.length) {
      starts = Arrays.copyOf(starts, size * 2);
      ends = Arrays.copyOf(ends, size * 2);
    }
    starts[size] = start;
    ends[size] = end;
    size++;
  }

  /** Number of tokens. */
  public int size() {
    return size;
  }

  /** Start offset of token {@code i} (inclusive), a UTF-16 index into the text. */
  public int start(int i) {
    return starts[i];
  }

  /** End offset of token {@code i} (exclusive). */
  public int end(int i) {
    return ends[i];
  }
}
