package dev.veracity.text;

import java.util.Locale;
import java.util.Set;

/**
 * Joins a split after an initialism ("U.S.", "a.m.", "cu.ft.") or "etc." followed by a lowercase
 * word, and any split after "e.g.", "i.e.", "cf.", "vs." or "viz.", which never end a sentence.
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

  /**
   * At least two groups of one to three letters, each followed by a period: "U.S.", "p.m.",
   * "U.S.A.", "cu.ft.".
   */
  static boolean isInitialism(String word) {
    int groups = 0;
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
      } else if (c == '.' && letters >= 1 && letters <= 3) {
        groups++;
        letters = 0;
      } else {
        return false;
      }
    }
    return letters == 0 && groups >= 2;
  }

  @Override
  public String toString() {
    return "initialism + lowercase";
  }
}
