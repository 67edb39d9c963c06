package dev.veracity.style;

import java.util.Map;

/**
 * A read-only open-addressing hash table from lower-case words to {@link WordFacts} that is queried
 * with text as written: case and typographic apostrophes are folded while hashing and comparing, so
 * looking a token up allocates nothing.
 *
 * <p>The keys lie one after another in one char array, and each slot keeps its key's offset, length
 * and full hash, so a probe compares two ints before it reads any character and never follows a
 * pointer to a string.
 */
final class FactTable {

  private final char[] keyChars;
  private final int[] keyStart;
  private final int[] keyLength;
  private final int[] keyHash;

  /** The facts in each slot; null marks a free slot. */
  private final WordFacts[] values;

  private final int mask;

  /** No key is longer: a longer token is not looked up. */
  private final int longestKey;

  FactTable(Map<String, WordFacts> entries) {
    int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 4) - 1) << 1;
    keyStart = new int[capacity];
    keyLength = new int[capacity];
    keyHash = new int[capacity];
    values = new WordFacts[capacity];
    mask = capacity - 1;
    int total = 0;
    for (String key : entries.keySet()) {
      total += key.length();
    }
    keyChars = new char[total];
    int at = 0;
    int longest = 0;
    for (Map.Entry<String, WordFacts> e : entries.entrySet()) {
      String key = e.getKey();
      key.getChars(0, key.length(), keyChars, at);
      int h = mix(foldHash(keyChars, at, at + key.length()));
      int slot = h & mask;
      while (values[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keyStart[slot] = at;
      keyLength[slot] = key.length();
      keyHash[slot] = h;
      values[slot] = e.getValue();
      at += key.length();
      longest = Math.max(longest, key.length());
    }
    longestKey = longest;
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

  /**
   * The {@link String#hashCode} of {@code s[from, to)} folded: equal to {@code key.hashCode()} when
   * the region folds to {@code key}, so a cached string hash rules most keys out at once.
   */
  static int foldHash(char[] s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + fold(s[i]);
    }
    return h;
  }

  /** Spreads the high bits of a string hash into the low bits that pick a slot. */
  private static int mix(int h) {
    return h ^ (h >>> 16);
  }

  /** Whether {@code s[from, to)} folds to exactly {@code key} (which is already folded). */
  static boolean foldedEquals(String key, char[] s, int from, int to) {
    if (key.length() != to - from) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) != fold(s[from + i])) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code s[from, to)} folds to the key of the same length at {@code keyChars[k...]}. */
  private boolean foldedEquals(int k, char[] s, int from, int to) {
    char[] keys = keyChars;
    for (int i = from; i < to; i++, k++) {
      if (keys[k] != fold(s[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * The facts for {@code s[from, to)} compared case-insensitively; {@link WordFacts#NONE} if
   * absent.
   */
  WordFacts get(char[] s, int from, int to) {
    return to - from > longestKey ? WordFacts.NONE : get(s, from, to, foldHash(s, from, to));
  }

  /** The facts for {@code s[from, to)}, whose {@link #foldHash} the caller has computed already. */
  WordFacts get(char[] s, int from, int to, int foldHash) {
    int length = to - from;
    if (length > longestKey) {
      return WordFacts.NONE;
    }
    int h = mix(foldHash);
    for (int slot = h & mask; ; slot = (slot + 1) & mask) {
      WordFacts facts = values[slot];
      if (facts == null) {
        return WordFacts.NONE;
      }
      if (keyHash[slot] == h
          && keyLength[slot] == length
          && foldedEquals(keyStart[slot], s, from, to)) {
        return facts;
      }
    }
  }

  /** The facts for {@code s[from, to)}, as {@link #get(char[], int, int)}. */
  WordFacts get(CharSequence s, int from, int to) {
    return get(s.subSequence(from, to).toString().toCharArray(), 0, to - from);
  }

  /** The facts for {@code word} compared case-insensitively. */
  WordFacts get(String word) {
    return get(word, 0, word.length());
  }
}
