package dev.veracity.text;

/** Expands the ellipsis character U+2026 to three periods. */
public final class EllipsisStep implements NormalizationStep {

  @Override
  public void apply(CharSequence text, TextEdits edits) {
    for (int i = 0, n = text.length(); i < n; i++) {
      if (text.charAt(i) == '\u2026') {
        edits.replace(i, i + 1, "...");
      }
    }
  }

  @Override
  public String toString() {
    return "'\u2026' to \"...\"";
  }
}
