package dev.veracity.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups labelled lines into blocks: consecutive prose lines form one paragraph; every other line
 * is a block of its own.
 *
 * <p>A paragraph ends at a blank line, before a list marker and before any labelled line.
 */
final class BlockGrouper {

  /** The blocks of {@code lines}, in order. */
  List<Block> group(List<Line> lines, LineVerdict[] verdicts) {
    List<Block> blocks = new ArrayList<>();
    int first = -1;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      boolean prose = verdicts[i].label() == LineLabel.TEXT;
      boolean joins =
          prose && first >= 0 && line.blankBefore() == 0 && line.marker() == Line.Marker.NONE;
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

  @Override
  public String toString() {
    return "BlockGrouper";
  }
}
