package dev.veracity.style;

import dev.veracity.article.Segment;
import dev.veracity.text.Token;
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
  final String[] token;
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

  private TokenSequence(
      String text, List<Segment> segments, List<List<Token>> perSegment, FactTable lookup) {
    this.text = text;
    int total = 0;
    for (List<Token> tokens : perSegment) {
      total += tokens.size();
    }
    size = total;
    token = new String[size];
    start = new int[size];
    end = new int[size];
    segmentEnd = new int[size];
    breakBefore = new boolean[size];
    inUrl = new boolean[size];
    word = new boolean[size];
    facts = new WordFacts[size];
    urls = new ArrayList<>();
    int i = 0;
    for (int s = 0; s < segments.size(); s++) {
      Segment segment = segments.get(s);
      int shift = segment.start();
      boolean first = true;
      for (Token t : perSegment.get(s)) {
        String tokenText = t.text();
        token[i] = tokenText;
        start[i] = t.start() + shift;
        end[i] = t.end() + shift;
        segmentEnd[i] = segment.end();
        breakBefore[i] = first || (i > 0 && hasParagraphBreak(text, end[i - 1], start[i]));
        word[i] = Character.isLetterOrDigit(tokenText.charAt(0));
        facts[i] = word[i] ? lookup.get(tokenText) : WordFacts.NONE;
        first = false;
        i++;
      }
    }
    markUrls();
    words = countWords();
  }

  /** Tokens of {@code segments}, whose offsets point into {@code text}. */
  static TokenSequence of(
      String text, List<Segment> segments, Tokenizer tokenizer, FactTable lookup) {
    List<List<Token>> perSegment = new ArrayList<>(segments.size());
    for (Segment segment : segments) {
      perSegment.add(tokenizer.tokenize(segment.text()));
    }
    return new TokenSequence(text, segments, perSegment, lookup);
  }

  /** The already computed {@code tokens} of one segment, whose offsets point into {@code text}. */
  static TokenSequence of(String text, Segment segment, List<Token> tokens, FactTable lookup) {
    return new TokenSequence(text, List.of(segment), List.of(tokens), lookup);
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
      char first = token[i].charAt(0);
      if (first != 'h' && first != 'H' && first != 'w' && first != 'W') {
        continue;
      }
      boolean scheme =
          (token[i].equalsIgnoreCase("http") || token[i].equalsIgnoreCase("https"))
              && i + 3 < size
              && token[i + 1].equals(":")
              && token[i + 2].equals("/")
              && token[i + 3].equals("/")
              && end[i] == start[i + 1];
      boolean www = token[i].regionMatches(true, 0, "www.", 0, 4);
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
