package dev.veracity.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Groups the blocks of a comment section into one segment per comment.
 *
 * <p>A comment starts at an author line ("John Smith says:"), at a list marker ("1.", "•") or at
 * prose that continues nothing; it takes in the following paragraphs that carry no marker and are
 * indented deeper than its marker (or, after an author line, any such paragraphs), and ends at
 * action links ("Reply"), headings and form text. Reply depth is the rank of the comment's
 * indentation among the section's distinct indentations, at least 1 when a reply marker is seen.
 * List markers are page numbering, so a comment's text starts after them.
 */
final class CommentGrouper {

  private static final int MAX_DEPTH = 8;

  /** One entry of the section: a comment or a furniture block. */
  private sealed interface Item permits Comment, Furniture {}

  /** A block of furniture between comments. */
  private record Furniture(Block block) implements Item {}

  /** One comment being assembled. */
  private static final class Comment implements Item {
    final int firstLine;
    int lastLine;
    final int indent;
    final boolean fromHeader;
    final boolean reply;
    final Optional<String> author;
    final double confidence;
    final String reason;

    Comment(
        int line,
        int indent,
        boolean fromHeader,
        boolean reply,
        Optional<String> author,
        double confidence,
        String reason) {
      this.firstLine = line;
      this.lastLine = line;
      this.indent = indent;
      this.fromHeader = fromHeader;
      this.reply = reply;
      this.author = author;
      this.confidence = confidence;
      this.reason = reason;
    }
  }

  /** Emits segments for {@code blocks[from, size)}, the comment section, into {@code sink}. */
  void group(List<Line> lines, List<Block> blocks, CommentZoneFinder.Zone zone, SegmentSink sink) {
    List<Item> items = new ArrayList<>();
    Comment current = null;
    LineVerdict pendingAuthor = null;
    int pendingIndent = 0;
    boolean afterForm = false;
    for (int b = zone.block(); b < blocks.size(); b++) {
      Block block = blocks.get(b);
      Line first = lines.get(block.first());
      LineVerdict verdict = block.verdict();
      LineLabel label = verdict.label();
      if (label == LineLabel.QUOTE_INTRO && !isSaysHeader(first.text())) {
        // "According to Reuters:" inside a comment is the reader's own words.
        label = LineLabel.TEXT;
      } else if (label == LineLabel.QUOTE_INTRO) {
        label = LineLabel.COMMENT_AUTHOR;
        verdict =
            new LineVerdict(
                label,
                "comment header naming '" + verdict.attribution().orElseThrow() + "'",
                0.8,
                verdict.attribution(),
                false);
      }
      if (label != LineLabel.TEXT) {
        if (label != LineLabel.DATE && label != LineLabel.BOILERPLATE) {
          current = null;
        }
        if (label == LineLabel.COMMENT_AUTHOR) {
          pendingAuthor = verdict;
          pendingIndent = first.indent();
          afterForm = false;
        } else if (label == LineLabel.COMMENT_FORM) {
          pendingAuthor = null;
          afterForm = true;
        }
        items.add(new Furniture(new Block(block.first(), block.last(), verdict)));
        continue;
      }
      if (current != null
          && first.marker() == Line.Marker.NONE
          && (current.fromHeader || first.indent() > current.indent)) {
        current.lastLine = block.last();
        continue;
      }
      if (pendingAuthor != null) {
        String name = pendingAuthor.attribution().orElseThrow();
        current =
            new Comment(
                block.first(),
                pendingIndent,
                true,
                pendingAuthor.reply(),
                pendingAuthor.attribution(),
                0.9,
                "comment by '" + name + "' under its author line");
        pendingAuthor = null;
      } else if (first.marker() != Line.Marker.NONE) {
        String what = first.marker() == Line.Marker.NUMBER ? "numbered" : "bulleted";
        current =
            new Comment(
                block.first(),
                first.indent(),
                false,
                false,
                Optional.empty(),
                zone.confidence(),
                what + " reply after the body");
      } else if (afterForm) {
        items.add(new Furniture(block));
        continue;
      } else {
        current =
            new Comment(
                block.first(),
                first.indent(),
                false,
                false,
                Optional.empty(),
                Math.min(zone.confidence(), 0.6),
                "prose in the comment section");
      }
      current.lastLine = block.last();
      items.add(current);
    }
    emit(lines, items, sink);
  }

  private static void emit(List<Line> lines, List<Item> items, SegmentSink sink) {
    TreeSet<Integer> indents = new TreeSet<>();
    for (Item item : items) {
      if (item instanceof Comment c) {
        indents.add(c.indent);
      }
    }
    for (Item item : items) {
      if (item instanceof Comment c) {
        int depth = Math.min(MAX_DEPTH, indents.headSet(c.indent).size());
        if (c.reply) {
          depth = Math.max(depth, 1);
        }
        sink.add(
            SegmentKind.COMMENT,
            lines.get(c.firstLine).contentStart(),
            lines.get(c.lastLine).end(),
            c.confidence,
            c.author,
            depth,
            c.reason);
      } else if (item instanceof Furniture f) {
        Block block = f.block();
        Line first = lines.get(block.first());
        LineVerdict verdict = block.verdict();
        String reason =
            block.label() == LineLabel.TEXT ? "text after the comment form" : verdict.reason();
        double confidence = block.label() == LineLabel.TEXT ? 0.4 : verdict.confidence();
        sink.add(
            SegmentKind.BOILERPLATE,
            first.start(),
            lines.get(block.last()).end(),
            confidence,
            reason);
      }
    }
  }

  private static boolean isSaysHeader(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.endsWith(" says:") || lower.endsWith(" said:") || lower.endsWith(" wrote:");
  }

  @Override
  public String toString() {
    return "CommentGrouper";
  }
}
