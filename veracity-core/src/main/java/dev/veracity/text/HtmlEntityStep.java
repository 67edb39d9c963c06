package dev.veracity.text;

import java.util.HashMap;
import java.util.Map;

/**
 * Decodes HTML character references in plain text: decimal and hexadecimal ones ({@code &#8217;},
 * {@code &#x2019;}) and the common named ones ({@code &amp;}, {@code &nbsp;}, the Latin-1 letters,
 * typographic punctuation).
 *
 * <p>Only references closed by {@code ;} are decoded, so "AT&T" stays as it is; unknown names stay
 * too. Numeric references in the C1 range mean Windows-1252 characters, as browsers read them; NUL,
 * surrogates and values above U+10FFFF become U+FFFD. Decodes one level: {@code &amp;amp;} becomes
 * {@code &amp;}.
 */
public final class HtmlEntityStep implements NormalizationStep {

  private static final int MAX_NAME = 10;
  private static final int MAX_DIGITS = 8;

  // HTML 4 names U+00A0..U+00FF in order.
  private static final String[] LATIN1 = {
    "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf",
    "laquo", "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro", "para",
    "middot", "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest", "Agrave",
    "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute", "Ecirc",
    "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute", "Ocirc",
    "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute", "THORN",
    "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil", "egrave",
    "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde", "ograve",
    "oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc", "uuml",
    "yacute", "thorn", "yuml"
  };

  private static final Map<String, String> NAMED = named();

  private static Map<String, String> named() {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < LATIN1.length; i++) {
      m.put(LATIN1[i], String.valueOf((char) (0xA0 + i)));
    }
    String[] more = {
      "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "OElig", "\u0152", "oelig",
      "\u0153", "Scaron", "\u0160", "scaron", "\u0161", "Yuml", "\u0178", "fnof", "\u0192", "circ",
      "\u02C6", "tilde", "\u02DC", "ensp", "\u2002", "emsp", "\u2003", "thinsp", "\u2009", "zwnj",
      "\u200C", "zwj", "\u200D", "lrm", "\u200E", "rlm", "\u200F", "ndash", "\u2013", "mdash",
      "\u2014", "lsquo", "\u2018", "rsquo", "\u2019", "sbquo", "\u201A", "ldquo", "\u201C", "rdquo",
      "\u201D", "bdquo", "\u201E", "dagger", "\u2020", "Dagger", "\u2021", "bull", "\u2022",
      "hellip", "\u2026", "permil", "\u2030", "prime", "\u2032", "Prime", "\u2033", "lsaquo",
      "\u2039", "rsaquo", "\u203A", "euro", "\u20AC", "trade", "\u2122", "minus", "\u2212", "larr",
      "\u2190", "rarr", "\u2192", "hyphen", "\u2010", "dash", "\u2010", "numsp", "\u2007", "puncsp",
      "\u2008", "hairsp", "\u200A", "NewLine", "\n", "Tab", "\t"
    };
    for (int i = 0; i < more.length; i += 2) {
      m.put(more[i], more[i + 1]);
    }
    return Map.copyOf(m);
  }

  @Override
  public void apply(CharSequence text, TextEdits edits) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (text.charAt(i) != '&') {
        i++;
        continue;
      }
      int end =
          i + 1 < n && text.charAt(i + 1) == '#' ? numeric(text, i, edits) : named(text, i, edits);
      i = end > i ? end : i + 1;
    }
  }

  /**
   * Decodes a numeric reference at {@code amp}; returns its end, or {@code amp} if there is none.
   */
  private static int numeric(CharSequence text, int amp, TextEdits edits) {
    int n = text.length();
    int i = amp + 2;
    boolean hex = i < n && (text.charAt(i) == 'x' || text.charAt(i) == 'X');
    if (hex) {
      i++;
    }
    int digitsStart = i;
    long value = 0;
    while (i < n && i - digitsStart < MAX_DIGITS) {
      int d = asciiDigit(text.charAt(i), hex);
      if (d < 0) {
        break;
      }
      value = value * (hex ? 16 : 10) + d;
      i++;
    }
    if (i == digitsStart || i >= n || text.charAt(i) != ';') {
      return amp;
    }
    edits.replace(amp, i + 1, decode(value));
    return i + 1;
  }

  private static int asciiDigit(char c, boolean hex) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (hex && c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (hex && c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  private static String decode(long value) {
    char c1 = Cp1252.fromC1((int) Math.min(value, 0xFF));
    if (c1 != 0) {
      return String.valueOf(c1);
    }
    if (value == 0
        || value > Character.MAX_CODE_POINT
        || (value >= Character.MIN_SURROGATE && value <= Character.MAX_SURROGATE)) {
      return "\uFFFD";
    }
    return new String(Character.toChars((int) value));
  }

  /** Decodes a named reference at {@code amp}; returns its end, or {@code amp} if there is none. */
  private static int named(CharSequence text, int amp, TextEdits edits) {
    int n = text.length();
    int i = amp + 1;
    while (i < n && i - amp <= MAX_NAME && isAsciiAlphanumeric(text.charAt(i))) {
      i++;
    }
    if (i == amp + 1 || i >= n || text.charAt(i) != ';') {
      return amp;
    }
    String decoded = NAMED.get(text.subSequence(amp + 1, i).toString());
    if (decoded == null) {
      return amp;
    }
    edits.replace(amp, i + 1, decoded);
    return i + 1;
  }

  private static boolean isAsciiAlphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  @Override
  public String toString() {
    return "decode HTML entities";
  }
}
