package dev.veracity.text;

/**
 * Repairs C1 control characters that are really Windows-1252 punctuation decoded as Latin-1 (U+0092
 * to '’', U+0085 to '…', U+0096 to '–'), a common fault in scraped news.
 *
 * <p>Run it before the steps that fold quotes and dashes; codes Windows-1252 leaves undefined stay
 * as they are.
 */
public final class Cp1252RepairStep implements NormalizationStep {

  @Override
  public void apply(CharSequence text, TextEdits edits) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && c <= 0x9F) {
        char repaired = Cp1252.fromC1(c);
        if (repaired != 0) {
          edits.replace(i, i + 1, repaired);
        }
      }
    }
  }

  @Override
  public String toString() {
    return "Windows-1252 C1 repair";
  }
}
