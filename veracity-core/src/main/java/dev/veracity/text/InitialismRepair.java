package dev.veracity.text;

import java.util.Locale;
import java.util.Set;

/**
 * Joins a split after an initialism ("U.S.", "a.m.") or "etc." followed by a lowercase word, and
 * any split after "e.g.", "i.e.", "cf.", "vs." or "viz.", which never end a sentence.
 */
final class InitialismRepair implements SplitRepair {

  private static final Set<String> NEVER_FINAL = Set.of("e.g.", "i.e.", "cf.", "vs.", "viz.");

  @Override
  public boolean joins(CharSequence text, Span before, Span after) {
    String word = SplitRepair.lastWord(text, before);
    if (NEVER_FINAL.contains(word.toLowerCase(Locale.ROOT))) {
      return true;
    }
    return Character.isLowerCase(SplitRepair.first(text, after))
        && (word.equals("etc.") || isInitialism(word));
  }

  /** Letters each followed by a period, at least two: "U.S.", "p.m.", "U.S.A.". */
  static boolean isInitialism(String word) {
    int n = word.length();
    if (n < 4 || n % 2 != 0) {
      return false;
    }
    for (int i = 0; i < n; i += 2) {
      if (!Character.isLetter(word.charAt(i)) || word.charAt(i + 1) != '.') {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "initialism + lowercase";
  }
}
