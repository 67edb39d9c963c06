package dev.veracity.text;

/**
 * Removes invisible characters: zero-width space, non-joiner and joiner, word joiner, byte order
 * mark, soft hyphen, and the bidirectional marks, embeddings and isolates (U+200E, U+200F,
 * U+202A–U+202E, U+2066–U+2069), which also hide text tricks.
 */
public final class ZeroWidthStep implements NormalizationStep {

  @Override
  public void apply(CharSequence text, TextEdits edits) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c < 0xAD || !isInvisible(c)) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && isInvisible(text.charAt(i))) {
        i++;
      }
      edits.delete(start, i);
    }
  }

  static boolean isInvisible(char c) {
    return c == '\u00AD'
        || (c >= '\u200B' && c <= '\u200F')
        || (c >= '\u202A' && c <= '\u202E')
        || c == '\u2060'
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\uFEFF';
  }

  @Override
  public String toString() {
    return "drop zero-width characters";
  }
}
