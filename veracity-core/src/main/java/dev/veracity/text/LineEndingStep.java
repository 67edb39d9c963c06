package dev.veracity.text;

/**
 * Turns CRLF and lone CR into {@code \n}, the line separator U+2028 into {@code \n} and the
 * paragraph separator U+2029 into a blank line {@code \n\n}.
 */
public final class LineEndingStep implements NormalizationStep {

  @Override
  public void apply(CharSequence text, TextEdits edits) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        int end = i + 1 < n && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
        edits.replace(i, end, '\n');
        i = end - 1;
      } else if (c == '\u2028') {
        edits.replace(i, i + 1, '\n');
      } else if (c == '\u2029') {
        edits.replace(i, i + 1, "\n\n");
      }
    }
  }

  @Override
  public String toString() {
    return "CRLF/CR to LF";
  }
}
