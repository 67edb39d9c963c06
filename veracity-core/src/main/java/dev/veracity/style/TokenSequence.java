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
  final String[] normalized;
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

  /** URLs as {@code [start offset, end offset]} pairs into the text. */
  final List<int[]> urls;

  final int words;

  private TokenSequence(String text, List<Segment> segments, Tokenizer tokenizer) {
    this.text = text;
    List<List<Token>> perSegment = new ArrayList<>(segments.size());
    int total = 0;
    for (Segment segment : segments) {
      List<Token> tokens = tokenizer.tokenize(segment.text());
      perSegment.add(tokens);
      total += tokens.size();
    }
    size = total;
    token = new String[size];
    normalized = new String[size];
    start = new int[size];
    end = new int[size];
    segmentEnd = new int[size];
    breakBefore = new boolean[size];
    inUrl = new boolean[size];
    word = new boolean[size];
    urls = new ArrayList<>();
    int i = 0;
    for (int s = 0; s < segments.size(); s++) {
      Segment segment = segments.get(s);
      int shift = segment.start();
      boolean first = true;
      for (Token t : perSegment.get(s)) {
        token[i] = t.text();
        normalized[i] = Lexicon.normalize(t.text());
        start[i] = t.start() + shift;
        end[i] = t.end() + shift;
        segmentEnd[i] = segment.end();
        breakBefore[i] = first || (i > 0 && hasParagraphBreak(text, end[i - 1], start[i]));
        first = false;
        i++;
      }
    }
    markUrls();
    int count = 0;
    for (int k = 0; k < size; k++) {
      word[k] = !inUrl[k] && Character.isLetterOrDigit(token[k].charAt(0));
      if (word[k]) {
        count++;
      }
    }
    words = count;
  }

  /** Tokens of {@code segments}, whose offsets point into {@code text}. */
  static TokenSequence of(String text, List<Segment> segments, Tokenizer tokenizer) {
    return new TokenSequence(text, segments, tokenizer);
  }

  private static boolean hasParagraphBreak(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        return true;
      }
    }
    return false;
  }

  /** Marks {@code http(s)://…} and {@code www.…} runs up to the next white space as URLs. */
  private void markUrls() {
    for (int i = 0; i < size; i++) {
      boolean scheme =
          (normalized[i].equals("http") || normalized[i].equals("https"))
              && i + 3 < size
              && token[i + 1].equals(":")
              && token[i + 2].equals("/")
              && token[i + 3].equals("/")
              && end[i] == start[i + 1];
      boolean www = normalized[i].startsWith("www.");
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
        j++;
      }
      urls.add(new int[] {start[i], urlEnd});
      i = j - 1;
    }
  }
}
