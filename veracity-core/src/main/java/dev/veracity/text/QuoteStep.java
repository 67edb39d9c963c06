package dev.veracity.text;

/**
 * Folds typographic quotes, apostrophes and primes to ASCII {@code '} and {@code "}.
 *
 * <p>Single: U+2018–U+201B, U+2032, U+2035, U+02BC, U+00B4, U+FF07. Double: U+201C–U+201F, U+2033,
 * U+2036, U+00AB, U+00BB, U+FF02.
 */
public final class QuoteStep implements NormalizationStep {

  @Override
  public void apply(CharSequence text, TextEdits edits) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c < 0xAB) {
        continue;
      }
      char folded = fold(c);
      if (folded != c) {
        edits.replace(i, i + 1, folded);
      }
    }
  }

  static char fold(char c) {
    switch (c) {
      case '\u2018':
      case '\u2019':
      case '\u201A':
      case '\u201B':
      case '\u2032':
      case '\u2035':
      case '\u02BC':
      case '\u00B4':
      case '\uFF07':
        return '\'';
      case '\u201C':
      case '\u201D':
      case '\u201E':
      case '\u201F':
      case '\u2033':
      case '\u2036':
      case '\u00AB':
      case '\u00BB':
      case '\uFF02':
        return '"';
      default:
        return c;
    }
  }

  @Override
  public String toString() {
    return "typographic quotes to ASCII";
  }
}
