package dev.veracity.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A fast rule-based tokenizer for English news text.
 *
 * <p>Words are runs of letters, digits and combining marks; an apostrophe, hyphen, period, comma or
 * colon joins two such runs when it sits between them ({@code don't}, {@code well-known}, {@code
 * U.S}, {@code 3,200}, {@code 10:30}; commas and colons only between digits), so numbers and
 * contractions stay whole. Every other visible code point, with any combining marks after it, is a
 * token of its own; white space, control and invisible format characters separate tokens and are
 * dropped. Works on code points, so letters outside the Basic Multilingual Plane form words and a
 * surrogate pair is never cut. Thread-safe and stateless.
 */
public final class WordTokenizer implements Tokenizer {

  @Override
  public List<Token> tokenize(CharSequence chars) {
    String text = chars.toString();
    TokenOffsets offsets = offsets(text);
    List<Token> tokens = new ArrayList<>(offsets.size());
    for (int k = 0; k < offsets.size(); k++) {
      int start = offsets.start(k);
      int end = offsets.end(k);
      tokens.add(new Token(text.substring(start, end), start, end));
    }
    return tokens;
  }

  @Override
  public TokenOffsets offsets(CharSequence chars) {
    // One bulk copy: array reads cost less than a String.charAt (coder and bounds checks) each.
    char[] text = chars.toString().toCharArray();
    int n = text.length;
    TokenOffsets tokens = new TokenOffsets(n / 5);
    int i = 0;
    while (i < n) {
      char c = text[i];
      if (c < 128) {
        // ASCII fast path: most news text is ASCII, and code-point lookups dominate otherwise.
        if (c <= ' ' || c == 127) {
          i++;
          continue;
        }
        int start = i;
        i = isAsciiLetterOrDigit(c) ? wordEnd(text, i) : marksEnd(text, i + 1);
        tokens.add(start, i);
        continue;
      }
      int cp = Character.codePointAt(text, i);
      if (isSeparator(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      if (Character.isLetterOrDigit(cp)) {
        i = wordEnd(text, i);
      } else {
        i = marksEnd(text, i + Character.charCount(cp));
      }
      tokens.add(start, i);
    }
    return tokens;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean isSeparator(int cp) {
    return Character.isWhitespace(cp)
        || Character.isSpaceChar(cp)
        || Character.isISOControl(cp)
        || Character.getType(cp) == Character.FORMAT;
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static int wordEnd(char[] text, int from) {
    int n = text.length;
    int i = from;
    while (i < n) {
      char c = text[i];
      if (isAsciiLetterOrDigit(c)) {
        i++;
        continue;
      }
      int cp = Character.codePointAt(text, i);
      boolean joiner = c == ',' || c == ':' || c == '\'' || c == '\u2019' || c == '-' || c == '.';
      if (c >= 128 && (Character.isLetterOrDigit(cp) || isMark(cp))) {
        // No ASCII character is a mark, and the ASCII letters and digits are handled above.
        i += Character.charCount(cp);
      } else if (joiner
          && i + 1 < n
          && joins(Character.codePointBefore(text, i), cp, Character.codePointAt(text, i + 1))) {
        i += 1 + Character.charCount(Character.codePointAt(text, i + 1));
      } else {
        break;
      }
    }
    return i;
  }

  private static int marksEnd(char[] text, int from) {
    int i = from;
    while (i < text.length && text[i] >= 128 && isMark(Character.codePointAt(text, i))) {
      i += Character.charCount(Character.codePointAt(text, i));
    }
    return i;
  }

  private static boolean joins(int before, int c, int after) {
    if (c == ',' || c == ':') {
      return Character.isDigit(before) && Character.isDigit(after);
    }
    return (c == '\'' || c == '\u2019' || c == '-' || c == '.') && Character.isLetterOrDigit(after);
  }

  @Override
  public String toString() {
    return "WordTokenizer";
  }
}
