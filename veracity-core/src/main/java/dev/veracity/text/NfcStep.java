package dev.veracity.text;

import java.text.Normalizer;

/**
 * Puts text into Unicode Normalization Form C, one combining sequence at a time so that each
 * composed character maps back to the base character and marks it came from.
 *
 * <p>Text below U+0300 is always in NFC and is skipped without a look-up; other characters are
 * checked against a table that {@link Normalizer} fills as characters are first seen. A sequence is
 * a character that cannot combine with what precedes it plus the combining marks (and Hangul medial
 * or final jamo) after it.
 */
public final class NfcStep implements NormalizationStep {

  @Override
  public void apply(CharSequence text, TextEdits edits) {
    int n = text.length();
    int limit = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c < 0x300 || Table.isSimple(c)) {
        i++;
        continue;
      }
      int start = i;
      while (start > limit && !startsSequence(text, start)) {
        start--;
      }
      int end = i + 1;
      while (end < n && !startsSequence(text, end)) {
        end++;
      }
      String sequence = text.subSequence(start, end).toString();
      String composed = Normalizer.normalize(sequence, Normalizer.Form.NFC);
      if (!composed.equals(sequence)) {
        edits.replace(start, end, composed);
      }
      limit = end;
      i = end;
    }
  }

  /** Whether no character before {@code index} can compose or reorder with the one at it. */
  private static boolean startsSequence(CharSequence text, int index) {
    char c = text.charAt(index);
    if (c < 0x300) {
      return true;
    }
    if (Character.isLowSurrogate(c)) {
      return index == 0 || !Character.isHighSurrogate(text.charAt(index - 1));
    }
    if (Character.isHighSurrogate(c)) {
      if (index + 1 < text.length() && Character.isLowSurrogate(text.charAt(index + 1))) {
        return !isMark(Character.toCodePoint(c, text.charAt(index + 1)));
      }
      return true;
    }
    return !Table.combinesBackward(c);
  }

  private static boolean isMark(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /**
   * Per BMP character: may it combine with what precedes it, and may NFC change it. Filled on first
   * sight of each character rather than up front, which would cost 64K normaliser calls; the race
   * between threads is benign because every thread computes the same byte.
   */
  private static final class Table {
    private static final byte KNOWN = 1;
    private static final byte COMBINES_BACKWARD = 2;
    private static final byte NOT_SIMPLE = 4;
    private static final byte[] FLAGS = new byte[0x10000];

    private static byte flags(char c) {
      byte f = FLAGS[c];
      if (f == 0) {
        f = compute(c);
        FLAGS[c] = f;
      }
      return f;
    }

    private static byte compute(char c) {
      if (Character.isSurrogate(c)) {
        return KNOWN | NOT_SIMPLE;
      }
      // Hangul medial vowels and final consonants are letters, yet compose with the syllable
      // before them.
      boolean backward = isMark(c) || (c >= 0x1161 && c <= 0x1175) || (c >= 0x11A8 && c <= 0x11C2);
      boolean stable = Normalizer.isNormalized(String.valueOf(c), Normalizer.Form.NFC);
      return (byte)
          (KNOWN | (backward ? COMBINES_BACKWARD | NOT_SIMPLE : 0) | (stable ? 0 : NOT_SIMPLE));
    }

    static boolean isSimple(char c) {
      return flags(c) == KNOWN;
    }

    static boolean combinesBackward(char c) {
      return (flags(c) & COMBINES_BACKWARD) != 0;
    }
  }

  @Override
  public String toString() {
    return "NFC";
  }
}
