package dev.veracity.text;

/**
 * Joins a split after a single capital initial inside a name: "John F. Kennedy", "J. K. Rowling".
 *
 * <p>The initial must follow a capitalised word or another initial (or open the sentence) and be
 * followed by a capitalised word, so "took vitamin C. The" stays split.
 */
final class InitialRepair implements SplitRepair {

  @Override
  public boolean joins(CharSequence text, Span before, Span after) {
    String word = SplitRepair.lastWord(text, before);
    if (!isInitial(word) || !Character.isUpperCase(SplitRepair.first(text, after))) {
      return false;
    }
    String previous = SplitRepair.wordBeforeLast(text, before);
    return previous.isEmpty() || Character.isUpperCase(previous.charAt(0));
  }

  private static boolean isInitial(String word) {
    return word.length() == 2 && Character.isUpperCase(word.charAt(0)) && word.charAt(1) == '.';
  }

  @Override
  public String toString() {
    return "initial + name";
  }
}
