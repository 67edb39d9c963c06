package dev.veracity.text;

/**
 * Folds Unicode hyphens and dashes (hyphen, non-breaking hyphen, figure, en and em dash, horizontal
 * bar, minus sign and their small and full-width forms) to ASCII {@code -}.
 */
public final class DashStep implements NormalizationStep {

  @Override
  public void apply(CharSequence text, TextEdits edits) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= '\u2010' && isDash(c)) {
        edits.replace(i, i + 1, '-');
      }
    }
  }

  static boolean isDash(char c) {
    return (c >= '\u2010' && c <= '\u2015')
        || c == '\u2212'
        || c == '\uFE58'
        || c == '\uFE63'
        || c == '\uFF0D';
  }

  @Override
  public String toString() {
    return "dashes to '-'";
  }
}
