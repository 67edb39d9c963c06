package dev.veracity.text;

/**
 * Turns control characters other than {@code \n} and {@code \t} (C0, DEL and C1) into a space, so
 * that words they separated stay separate.
 *
 * <p>Run it after {@link LineEndingStep}, which needs to see {@code \r}.
 */
public final class ControlCharacterStep implements NormalizationStep {

  @Override
  public void apply(CharSequence text, TextEdits edits) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F)) {
        edits.replace(i, i + 1, ' ');
      }
    }
  }

  @Override
  public String toString() {
    return "control characters to space";
  }
}
