package dev.veracity.style;

import dev.veracity.article.Segment;
import dev.veracity.text.TokenOffsets;
import dev.veracity.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;

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

  /** Offset of each token's first character in {@link #chars}. */
  private final int[] at;

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
    urls = new ArrayList<>();
    StringBuilder joined = slices ? null : new StringBuilder();
    at = slices ? start : new int[size];
    int i = 0;
    for (int s = 0; s < segments.size(); s++) {
      Segment segment = segments.get(s);
      TokenOffsets tokens = perSegment.get(s);
      int shift = segment.start();
      int base = slices ? shift : joined.length();
      if (!slices) {
        joined.append(segment.text());
      }
      for (int k = 0; k < tokens.size(); k++) {
        start[i] = tokens.start(k) + shift;
        end[i] = tokens.end(k) + shift;
        at[i] = tokens.start(k) + base;
        segmentEnd[i] = segment.end();
        breakBefore[i] = k == 0 || (i > 0 && hasParagraphBreak(text, end[i - 1], start[i]));
        i++;
      }
    }
    chars = slices ? text : joined.toString();
    for (int k = 0; k < size; k++) {
      word[k] = Character.isLetterOrDigit(chars.charAt(at[k]));
      facts[k] = word[k] ? lookup.get(chars, at[k], at[k] + length(k)) : WordFacts.NONE;
    }
    markUrls();
    words = countWords();
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
    return chars.charAt(at[i] + k);
  }

  /** Whether token {@code i} is the single character {@code c}. */
  boolean is(int i, char c) {
    return end[i] - start[i] == 1 && chars.charAt(at[i]) == c;
  }

  /** Whether token {@code i} folds to {@code key} (already folded, see {@link FactTable#fold}). */
  boolean foldsTo(int i, String key) {
    return FactTable.foldedEquals(key, chars, at[i], at[i] + length(i));
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

  private static boolean hasParagraphBreak(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        return true;
      }
    }
    return false;
  }

  private int countWords() {
    int count = 0;
    for (int k = 0; k < size; k++) {
      if (word[k]) {
        count++;
      }
    }
    return count;
  }

  /**
   * Marks {@code http(s)://…} and {@code www.…} runs up to the next white space as URLs, and
   * unmarks their tokens as words.
   */
  private void markUrls() {
    for (int i = 0; i < size; i++) {
      char first = charAt(i, 0);
      if (first != 'h' && first != 'H' && first != 'w' && first != 'W') {
        continue;
      }
      boolean scheme =
          (equalsIgnoreCase(i, "http") || equalsIgnoreCase(i, "https"))
              && i + 3 < size
              && is(i + 1, ':')
              && is(i + 2, '/')
              && is(i + 3, '/')
              && end[i] == start[i + 1];
      boolean www = startsWithIgnoreCase(i, "www.");
      if (!scheme && !www) {
        continue;
      }
      int urlEnd = end[i];
      while (urlEnd < segmentEnd[i] && !Character.isWhitespace(text.charAt(urlEnd))) {
        urlEnd++;
      }
      // Sentence punctuation right after a link belongs to the sentence, not to the link.
      while (urlEnd > end[i] && ".,;:)]!?\"'\u2019\u201d".indexOf(text.charAt(urlEnd - 1)) >= 0) {
        urlEnd--;
      }
      int j = i;
      while (j < size && start[j] < urlEnd) {
        inUrl[j] = true;
        word[j] = false;
        facts[j] = WordFacts.NONE;
        j++;
      }
      urls.add(new int[] {start[i], urlEnd});
      i = j - 1;
    }
  }
}
