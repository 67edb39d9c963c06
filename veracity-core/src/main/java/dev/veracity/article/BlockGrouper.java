package dev.veracity.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups labelled lines into blocks: consecutive prose lines form one paragraph; every other line
 * is a block of its own.
 *
 * <p>A paragraph ends at a blank line, before a list marker, before any labelled line, and after a
 * long line that ends a sentence: corpora often store one paragraph per line with no blank line
 * between, while hard-wrapped paragraphs have short lines.
 */
final class BlockGrouper {

  private static final int UNWRAPPED_LINE = 100;

  /** The blocks of {@code lines}, in order. */
  List<Block> group(List<Line> lines, LineVerdict[] verdicts) {
    List<Block> blocks = new ArrayList<>();
    int first = -1;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      boolean prose = verdicts[i].label() == LineLabel.TEXT;
      boolean joins =
          prose
              && first >= 0
              && line.blankBefore() == 0
              && line.marker() == Line.Marker.NONE
              && !endsParagraph(lines.get(i - 1));
      if (!joins && first >= 0) {
        blocks.add(new Block(first, i - 1, LineVerdict.TEXT));
        first = -1;
      }
      if (prose) {
        if (first < 0) {
          first = i;
        }
      } else {
        blocks.add(new Block(i, i, verdicts[i]));
      }
    }
    if (first >= 0) {
      blocks.add(new Block(first, lines.size() - 1, LineVerdict.TEXT));
    }
    return blocks;
  }

  private static boolean endsParagraph(Line previous) {
    if (previous.length() < UNWRAPPED_LINE) {
      return false;
    }
    char c = previous.lastChar();
    return c == '.' || c == '!' || c == '?' || c == '”' || c == '"' || c == '…';
  }

  @Override
  public String toString() {
    return "BlockGrouper";
  }
}
