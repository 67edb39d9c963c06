package dev.veracity.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts at a line break after a line that lacks terminal punctuation when the next line looks like
 * the start of a new block (headlines, datelines, list items).
 *
 * <p>The next line must start with a capital, a digit, a bullet or an opening quote, and the line
 * before must not end with a comma, hyphen or a word such as "the" or "with" that cannot end a
 * phrase, so that hard-wrapped paragraphs stay whole.
 */
final class HeadlineBreak implements BlockBreak {

  // A colon is missing on purpose: "Key claims:" over a list is a block of its own.
  private static final String TERMINAL = ".!?;,\u2026-\u2013\u2014";
  private static final String CLOSING = "\"')]}\u2019\u201D\u00BB";
  private static final String STARTS_BLOCK = "\"'\u2018\u201C\u00AB\u2022\u00B7*-\u2013\u2014#";
  private static final Set<String> CONTINUES =
      Set.of(
          "a", "an", "and", "are", "as", "at", "but", "by", "for", "from", "had", "has", "have",
          "her", "his", "in", "is", "its", "my", "nor", "of", "on", "or", "our", "than", "that",
          "the", "their", "to", "was", "were", "which", "who", "with", "your");

  @Override
  public List<Span> cut(CharSequence text, Span block) {
    List<Span> pieces = new ArrayList<>();
    int pieceStart = block.start();
    int end = block.end();
    for (int i = block.start(); i < end; i++) {
      char c = text.charAt(i);
      if (!Blanks.isLineBreak(c)) {
        continue;
      }
      int next = i + 1;
      while (next < end && Blanks.isBlank(text.charAt(next))) {
        next++;
      }
      if (next < end && endsOpenLine(text, pieceStart, i) && startsBlock(text.charAt(next))) {
        ParagraphBreak.add(text, pieceStart, i, pieces);
        pieceStart = next;
      }
      i = next - 1;
    }
    ParagraphBreak.add(text, pieceStart, end, pieces);
    return pieces;
  }

  /** Whether the line ending at {@code lineEnd} has no terminal punctuation or continuing word. */
  private static boolean endsOpenLine(CharSequence text, int from, int lineEnd) {
    int e = lineEnd;
    while (e > from && Blanks.isBlank(text.charAt(e - 1))) {
      e--;
    }
    int lastVisible = e;
    while (e > from && CLOSING.indexOf(text.charAt(e - 1)) >= 0) {
      e--;
    }
    if (e == from || TERMINAL.indexOf(text.charAt(e - 1)) >= 0) {
      return false;
    }
    int wordStart = e;
    while (wordStart > from && Character.isLetter(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    return lastVisible > from && !CONTINUES.contains(text.subSequence(wordStart, e).toString());
  }

  private static boolean startsBlock(char c) {
    return Character.isUpperCase(c)
        || Character.isTitleCase(c)
        || Character.isDigit(c)
        || STARTS_BLOCK.indexOf(c) >= 0;
  }

  @Override
  public String toString() {
    return "split after headline lines";
  }
}
