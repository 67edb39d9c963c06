package dev.veracity.html.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * A run of text owned by one block-level element, collected in document order.
 *
 * <p>Mutable while {@link BlockCollector} fills it; read-only afterwards.
 */
final class Block {

  /** Marks a {@code <br>} in {@link #raw} until the text is finished. */
  static final char LINE_BREAK = '\uE000';

  final Element owner;
  final ParagraphKind kind;
  final StringBuilder raw = new StringBuilder();
  final List<Link> links = new ArrayList<>();
  int chars;
  int linkChars;

  Block(Element owner, ParagraphKind kind) {
    this.owner = owner;
    this.kind = kind;
  }

  /** Share of this block's visible chars that sit inside links, in [0, 1]. */
  double linkDensity() {
    return chars == 0 ? 0 : Math.min(1.0, (double) linkChars / chars);
  }

  /** The block's text with whitespace collapsed and line breaks kept as {@code \n}. */
  String text() {
    return String.join("\n", paragraphs());
  }

  /**
   * The block's text split where two or more line breaks follow each other (pages that separate
   * paragraphs with {@code <br><br>}); single breaks stay inside a paragraph as {@code \n}.
   */
  List<String> paragraphs() {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : raw.toString().split(String.valueOf(LINE_BREAK), -1)) {
      String collapsed = PlainText.collapse(line);
      if (collapsed.isEmpty()) {
        if (current.length() > 0) {
          out.add(current.toString());
          current.setLength(0);
        }
      } else {
        if (current.length() > 0) {
          current.append('\n');
        }
        current.append(collapsed);
      }
    }
    if (current.length() > 0) {
      out.add(current.toString());
    }
    return out;
  }

  @Override
  public String toString() {
    return kind + " <" + owner.tagName() + "> " + text();
  }
}
