package dev.veracity.style;

import dev.veracity.article.Segment;
import dev.veracity.text.TokenOffsets;
import dev.veracity.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tokens of some segments laid out in parallel arrays, with offsets into the whole article
 * text, so that each cue is one cheap linear pass.
 */
final class TokenSequence {

  final String text;
  final int size;
  final int[] start;
  final int[] end;

  /** End offset of the segment the token belongs to. */
  final int[] segmentEnd;

  /** A paragraph or segment boundary lies between this token and the previous one. */
  final boolean[] breakBefore;

  /** The token is part of a URL. */
  final boolean[] inUrl;

  /** The token is a word or number (starts with a letter or digit) and not part of a URL. */
  final boolean[] word;

  /** What the word lists say about each word token ({@link WordFacts#NONE} for other tokens). */
  final WordFacts[] facts;

  /** URLs as {@code [start offset, end offset]} pairs into the text. */
  final List<int[]> urls;

  final int words;

  /**
   * Where token characters are read: {@code text} itself when every segment's text is the slice of
   * {@code text} it claims to be (the usual case), else the segment texts one after another.
   */
  private final String chars;

  /**
   * The characters of {@link #chars}, copied once: the passes read them from an array, which costs
   * less than a {@link String#charAt} (coder and bounds checks) per character.
   */
  private final char[] buffer;

  /** The characters of {@link #text}: {@link #buffer} itself when {@link #chars} is the text. */
  private final char[] textChars;

  /** Offset of each token's first character in {@link #chars}. */
  private final int[] at;

  /** The character of each one-character token, 0 for longer tokens (no token is a NUL). */
  private final char[] single;

  /** {@link FactTable#foldHash} of each token, which phrase matching compares first. */
  private final int[] foldHash;

  /** Token strings, made on first use; null until one is asked for. */
  private String[] token;

  private TokenSequence(
      String text, List<Segment> segments, List<TokenOffsets> perSegment, FactTable lookup) {
    this.text = text;
    int total = 0;
    boolean slices = true;
    for (int s = 0; s < segments.size(); s++) {
      Segment segment = segments.get(s);
      total += perSegment.get(s).size();
      // A whole-text segment holds the text itself: no need to compare it with itself.
      slices &=
          (segment.text() == text && segment.start() == 0)
              || text.startsWith(segment.text(), segment.start());
    }
    size = total;
    start = new int[size];
    end = new int[size];
    segmentEnd = new int[size];
    breakBefore = new boolean[size];
    inUrl = new boolean[size];
    word = new boolean[size];
    facts = new WordFacts[size];
    single = new char[size];
    foldHash = new int[size];
    urls = new ArrayList<>();
    if (slices) {
      chars = text;
    } else {
      StringBuilder joined = new StringBuilder();
      for (Segment segment : segments) {
        joined.append(segment.text());
      }
      chars = joined.toString();
    }
    textChars = text.toCharArray();
    buffer = slices ? textChars : chars.toCharArray();
    at = slices ? start : new int[size];
    char[] b = buffer;
    int i = 0;
    int wordCount = 0;
    int base = 0;
    for (int s = 0; s < segments.size(); s++) {
      Segment segment = segments.get(s);
      TokenOffsets tokens = perSegment.get(s);
      int shift = segment.start();
      // Where the segment's characters start in chars: the segment's own offset when chars is
      // the text, else the length of the segment texts before it.
      int offset = slices ? shift : base;
      int segmentEnds = segment.end();
      for (int k = 0; k < tokens.size(); k++, i++) {
        int from = tokens.start(k);
        int to = tokens.end(k);
        start[i] = from + shift;
        end[i] = to + shift;
        segmentEnd[i] = segmentEnds;
        int first = from + offset;
        at[i] = first;
        breakBefore[i] = k == 0 || (i > 0 && hasParagraphBreak(textChars, end[i - 1], start[i]));
        char c = b[first];
        boolean isWord =
            c < 128
                ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                : Character.isLetterOrDigit(c);
        word[i] = isWord;
        int h = FactTable.foldHash(b, first, first + to - from);
        foldHash[i] = h;
        if (isWord) {
          wordCount++;
          facts[i] = lookup.get(b, first, first + to - from, h);
        } else {
          facts[i] = WordFacts.NONE;
        }
        if (to - from == 1) {
          single[i] = c;
        }
      }
      base += segment.text().length();
    }
    words = wordCount - markUrls();
  }

  /** Tokens of {@code segments}, whose offsets point into {@code text}. */
  static TokenSequence of(
      String text, List<Segment> segments, Tokenizer tokenizer, FactTable lookup) {
    List<TokenOffsets> perSegment = new ArrayList<>(segments.size());
    for (Segment segment : segments) {
      perSegment.add(tokenizer.offsets(segment.text()));
    }
    return new TokenSequence(text, segments, perSegment, lookup);
  }

  /** The already computed {@code tokens} of one segment, whose offsets point into {@code text}. */
  static TokenSequence of(String text, Segment segment, TokenOffsets tokens, FactTable lookup) {
    return new TokenSequence(text, List.of(segment), List.of(tokens), lookup);
  }

  /** Token {@code i} as a string. */
  String token(int i) {
    if (token == null) {
      token = new String[size];
    }
    String t = token[i];
    if (t == null) {
      t = chars.substring(at[i], at[i] + length(i));
      token[i] = t;
    }
    return t;
  }

  /** Length of token {@code i} in UTF-16 units. */
  int length(int i) {
    return end[i] - start[i];
  }

  /** Character {@code k} of token {@code i}. */
  char charAt(int i, int k) {
    return buffer[at[i] + k];
  }

  /** Whether token {@code i} is the single character {@code c} (not NUL). */
  boolean is(int i, char c) {
    return single[i] == c;
  }

  /** Whether token {@code i} folds to {@code key} (already folded, see {@link FactTable#fold}). */
  boolean foldsTo(int i, String key) {
    // String caches its hash: one int comparison rules out almost every other word.
    return foldHash[i] == key.hashCode()
        && FactTable.foldedEquals(key, buffer, at[i], at[i] + length(i));
  }

  /**
   * Whether token {@code i} equals its upper-case form ({@link String#toUpperCase} in the root
   * locale): read in place when the token is ASCII, where only a to z change.
   */
  boolean isItsUpperCase(int i) {
    char[] b = buffer;
    for (int k = at[i], to = at[i] + length(i); k < to; k++) {
      char c = b[k];
      if (c >= 128) {
        String token = token(i);
        return token.equals(token.toUpperCase(Locale.ROOT));
      }
      if (c >= 'a' && c <= 'z') {
        return false;
      }
    }
    return true;
  }

  /** Whether token {@code i} equals {@code s} ignoring case, as {@link String#equalsIgnoreCase}. */
  boolean equalsIgnoreCase(int i, String s) {
    return length(i) == s.length() && chars.regionMatches(true, at[i], s, 0, s.length());
  }

  /** Whether token {@code i} starts with {@code prefix} ignoring case. */
  boolean startsWithIgnoreCase(int i, String prefix) {
    return length(i) >= prefix.length()
        && chars.regionMatches(true, at[i], prefix, 0, prefix.length());
  }

  private static boolean hasParagraphBreak(char[] text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text[i] == '\n') {
        return true;
      }
    }
    return false;
  }

  /**
   * Marks {@code http(s)://…} and {@code www.…} runs up to the next white space as URLs, and
   * unmarks their tokens as words; returns how many words it unmarked.
   */
  private int markUrls() {
    int unmarked = 0;
    for (int i = 0; i < size; i++) {
      char first = charAt(i, 0);
      if (first != 'h' && first != 'H' && first != 'w' && first != 'W') {
        continue;
      }
      // The one-character tests first: they rule out almost every word before a region match.
      boolean scheme =
          i + 3 < size
              && is(i + 1, ':')
              && is(i + 2, '/')
              && is(i + 3, '/')
              && end[i] == start[i + 1]
              && (equalsIgnoreCase(i, "http") || equalsIgnoreCase(i, "https"));
      // No character but '.' itself matches '.' ignoring case.
      boolean www = length(i) >= 4 && charAt(i, 3) == '.' && startsWithIgnoreCase(i, "www.");
      if (!scheme && !www) {
        continue;
      }
      int urlEnd = end[i];
      while (urlEnd < segmentEnd[i] && !Character.isWhitespace(textChars[urlEnd])) {
        urlEnd++;
      }
      // Sentence punctuation right after a link belongs to the sentence, not to the link.
      while (urlEnd > end[i] && ".,;:)]!?\"'\u2019\u201d".indexOf(textChars[urlEnd - 1]) >= 0) {
        urlEnd--;
      }
      int j = i;
      while (j < size && start[j] < urlEnd) {
        inUrl[j] = true;
        if (word[j]) {
          unmarked++;
        }
        word[j] = false;
        facts[j] = WordFacts.NONE;
        j++;
      }
      urls.add(new int[] {start[i], urlEnd});
      i = j - 1;
    }
    return unmarked;
  }
}
