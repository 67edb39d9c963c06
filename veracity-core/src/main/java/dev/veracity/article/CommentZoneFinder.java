package dev.veracity.article;

import java.util.List;

/**
 * Finds where readers' comments begin, after the body.
 *
 * <p>An explicit heading or author line after the first body paragraph starts the comments. Without
 * one, a comment form ("Leave a Reply") implies comments just before it when those paragraphs stand
 * apart from the body: indented deeper than the body, or after a wider gap than the body's
 * paragraphs use and opening with a list marker. An article without such signs keeps all its
 * paragraphs as body.
 */
final class CommentZoneFinder {

  /**
   * Where the comments start.
   *
   * @param block index of the first block of the comment section; the block count when none
   * @param confidence how sure the finder is that comments start there
   * @param reason why
   */
  record Zone(int block, double confidence, String reason) {}

  /** The comment zone among {@code blocks}, searching from {@code firstBody}. */
  Zone find(List<Line> lines, List<Block> blocks, int firstBody) {
    int none = blocks.size();
    if (firstBody < 0) {
      return new Zone(none, 0.0, "no body");
    }
    int form = -1;
    for (int b = firstBody + 1; b < blocks.size(); b++) {
      LineLabel label = blocks.get(b).label();
      if (label == LineLabel.COMMENT_SECTION || label == LineLabel.COMMENT_AUTHOR) {
        return new Zone(b, 0.9, "after the comment-section " + describe(lines, blocks.get(b)));
      }
      if (label == LineLabel.COMMENT_FORM && form < 0) {
        form = b;
      }
    }
    if (form < 0) {
      return new Zone(none, 0.0, "no comment section");
    }
    int bodyIndent = lines.get(blocks.get(firstBody).first()).indent();
    int start = form;
    while (start - 1 > firstBody && indentedProse(lines, blocks.get(start - 1), bodyIndent)) {
      start--;
    }
    if (start < form) {
      return new Zone(start, 0.75, "indented paragraphs between the body and the comment form");
    }
    int typicalGap = typicalGap(lines, blocks, firstBody, form);
    for (int b = form - 1; b > firstBody && blocks.get(b).label() == LineLabel.TEXT; b--) {
      Line line = lines.get(blocks.get(b).first());
      if (line.blankBefore() > typicalGap) {
        return line.marker() != Line.Marker.NONE
            ? new Zone(b, 0.6, "list after a wide gap before the comment form")
            : new Zone(none, 0.0, "no comment section");
      }
    }
    return new Zone(none, 0.0, "no comment section");
  }

  private static boolean indentedProse(List<Line> lines, Block block, int bodyIndent) {
    return block.label() == LineLabel.TEXT && lines.get(block.first()).indent() > bodyIndent;
  }

  /** The most frequent number of blank lines before a body paragraph (1 when there are none). */
  private static int typicalGap(List<Line> lines, List<Block> blocks, int from, int to) {
    int[] counts = new int[4];
    for (int b = from; b < to; b++) {
      if (blocks.get(b).label() == LineLabel.TEXT) {
        int gap = lines.get(blocks.get(b).first()).blankBefore();
        if (gap > 0) {
          counts[Math.min(gap, counts.length - 1)]++;
        }
      }
    }
    int best = 1;
    for (int g = 1; g < counts.length; g++) {
      if (counts[g] > counts[best]) {
        best = g;
      }
    }
    return best;
  }

  private static String describe(List<Line> lines, Block block) {
    String what = block.label() == LineLabel.COMMENT_AUTHOR ? "author line " : "heading ";
    return what + PatternLineRule.quoted(lines.get(block.first()).text());
  }

  @Override
  public String toString() {
    return "CommentZoneFinder";
  }
}
