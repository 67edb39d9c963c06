package dev.veracity.text;

import java.util.ArrayList;
import java.util.List;

/** Cuts at blank lines: a run of white space holding two or more line breaks. */
final class ParagraphBreak implements BlockBreak {

  @Override
  public List<Span> cut(CharSequence text, Span block) {
    List<Span> pieces = new ArrayList<>();
    int pieceStart = block.start();
    int i = block.start();
    int end = block.end();
    while (i < end) {
      if (!Blanks.isBlank(text.charAt(i))) {
        i++;
        continue;
      }
      int runStart = i;
      int lineBreaks = 0;
      while (i < end && Blanks.isBlank(text.charAt(i))) {
        char c = text.charAt(i);
        if (c == '\u2029') {
          lineBreaks += 2;
        } else if (Blanks.isLineBreak(c) && !(c == '\n' && i > 0 && text.charAt(i - 1) == '\r')) {
          lineBreaks++;
        }
        i++;
      }
      if (lineBreaks >= 2) {
        add(text, pieceStart, runStart, pieces);
        pieceStart = i;
      }
    }
    add(text, pieceStart, end, pieces);
    return pieces;
  }

  static void add(CharSequence text, int start, int end, List<Span> pieces) {
    Span piece = Blanks.trim(text, start, end);
    if (piece.length() > 0) {
      pieces.add(piece);
    }
  }

  @Override
  public String toString() {
    return "split at blank lines";
  }
}
