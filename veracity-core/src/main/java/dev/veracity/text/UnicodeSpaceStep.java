package dev.veracity.text;

/**
 * Turns non-breaking and other Unicode spaces (U+00A0, U+1680, U+2000–U+200A, U+202F, U+205F,
 * U+3000) into an ASCII space, one for one.
 */
public final class UnicodeSpaceStep implements NormalizationStep {

  @Override
  public void apply(CharSequence text, TextEdits edits) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0xA0 && isUnicodeSpace(c)) {
        edits.replace(i, i + 1, ' ');
      }
    }
  }

  static boolean isUnicodeSpace(char c) {
    return c == '\u00A0'
        || c == '\u1680'
        || (c >= '\u2000' && c <= '\u200A')
        || c == '\u202F'
        || c == '\u205F'
        || c == '\u3000';
  }

  @Override
  public String toString() {
    return "Unicode spaces to ' '";
  }
}
