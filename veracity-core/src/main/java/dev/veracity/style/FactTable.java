package dev.veracity.style;

import java.util.Map;

/**
 * A read-only open-addressing hash table from lower-case words to {@link WordFacts} that is queried
 * with text as written: case and typographic apostrophes are folded while hashing and comparing, so
 * looking a token up allocates nothing.
 */
final class FactTable {

  private final String[] keys;
  private final WordFacts[] values;
  private final int mask;

  FactTable(Map<String, WordFacts> entries) {
    int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 4) - 1) << 1;
    keys = new String[capacity];
    values = new WordFacts[capacity];
    mask = capacity - 1;
    for (Map.Entry<String, WordFacts> e : entries.entrySet()) {
      String key = e.getKey();
      int slot = hash(key, 0, key.length()) & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      values[slot] = e.getValue();
    }
  }

  /**
   * Lower case for ASCII fast, the JDK's rule otherwise; the typographic apostrophe as {@code '}.
   */
  static char fold(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return c == '\u2019' ? '\'' : Character.toLowerCase(c);
  }

  private static int hash(CharSequence s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + fold(s.charAt(i));
    }
    return h ^ (h >>> 16);
  }

  /** Whether {@code s[from, to)} folds to exactly {@code key} (which is already folded). */
  static boolean foldedEquals(String key, CharSequence s, int from, int to) {
    if (key.length() != to - from) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) != fold(s.charAt(from + i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The facts for {@code s[from, to)} compared case-insensitively; {@link WordFacts#NONE} if
   * absent.
   */
  WordFacts get(CharSequence s, int from, int to) {
    int slot = hash(s, from, to) & mask;
    for (String key = keys[slot]; key != null; key = keys[slot]) {
      if (foldedEquals(key, s, from, to)) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return WordFacts.NONE;
  }

  /** The facts for {@code word} compared case-insensitively. */
  WordFacts get(String word) {
    return get(word, 0, word.length());
  }
}
