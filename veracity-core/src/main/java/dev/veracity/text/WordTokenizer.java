package dev.veracity.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A fast rule-based tokenizer for English news text.
 *
 * <p>Words are runs of letters and digits; an apostrophe, hyphen, period, comma or colon joins two
 * such runs when it sits between them ({@code don't}, {@code well-known}, {@code U.S}, {@code
 * 3,200}, {@code 10:30}; commas and colons only between digits), so numbers and contractions stay
 * whole. Every other visible character is a one-character token; white space separates tokens and
 * is dropped. Thread-safe and stateless.
 */
public final class WordTokenizer implements Tokenizer {

  @Override
  public List<Token> tokenize(CharSequence text) {
    List<Token> tokens = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
        i++;
        continue;
      }
      int start = i;
      if (Character.isLetterOrDigit(c)) {
        i = wordEnd(text, i);
      } else {
        i += Character.isHighSurrogate(c) && i + 1 < n ? 2 : 1;
      }
      tokens.add(new Token(text.subSequence(start, i).toString(), start, i));
    }
    return tokens;
  }

  private static int wordEnd(CharSequence text, int from) {
    int n = text.length();
    int i = from;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        i++;
      } else if (i + 1 < n && joins(text.charAt(i - 1), c, text.charAt(i + 1))) {
        i += 2;
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean joins(char before, char c, char after) {
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
