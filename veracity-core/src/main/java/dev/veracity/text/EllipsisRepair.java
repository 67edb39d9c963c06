package dev.veracity.text;

/** Joins a split after an ellipsis followed by a lowercase word: "disagreed... strongly." */
final class EllipsisRepair implements SplitRepair {

  @Override
  public boolean joins(CharSequence text, Span before, Span after) {
    if (!Character.isLowerCase(SplitRepair.first(text, after))) {
      return false;
    }
    int end = before.end();
    return text.charAt(end - 1) == '\u2026'
        || (end - before.start() >= 3
            && text.charAt(end - 1) == '.'
            && text.charAt(end - 2) == '.'
            && text.charAt(end - 3) == '.');
  }

  @Override
  public String toString() {
    return "ellipsis + lowercase";
  }
}
