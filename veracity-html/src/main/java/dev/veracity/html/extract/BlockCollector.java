package dev.veracity.html.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Cuts a DOM into text {@link Block}s (each run of text under its nearest block-level element) and
 * counts, for every element, its visible chars and the chars inside links.
 *
 * <p>One iterative pass, so deeply nested markup costs linear time and no stack.
 */
final class BlockCollector {

  static final Set<String> BLOCK_TAGS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "dl",
          "dd",
          "dt",
          "blockquote",
          "pre",
          "table",
          "tbody",
          "thead",
          "tfoot",
          "tr",
          "td",
          "th",
          "figure",
          "figcaption",
          "header",
          "footer",
          "address",
          "center",
          "form",
          "fieldset",
          "details",
          "summary",
          "body",
          "html",
          "caption",
          "nav",
          "aside",
          "hr");

  /** Visible-char and link-char counts of one element's whole subtree. */
  record Counts(int chars, int linkChars) {
    double linkDensity() {
      return chars == 0 ? 0 : Math.min(1.0, (double) linkChars / chars);
    }
  }

  /** The result: blocks in document order and per-element counts. */
  record Collected(List<Block> blocks, Map<Element, Counts> counts) {}

  private BlockCollector() {}

  static Collected collect(Element root) {
    Document owner = root.ownerDocument();
    // Without a base URI, "abs:href" costs a thrown MalformedURLException per link.
    Visitor visitor = new Visitor(owner != null && !owner.location().isEmpty());
    NodeTraversor.traverse(visitor, root);
    return new Collected(visitor.blocks, visitor.counts);
  }

  private static final class Frame {
    final Element element;
    final Frame blockFrame;
    Block current;
    int chars;
    int linkChars;

    Frame(Element element, Frame enclosingBlock) {
      this.element = element;
      this.blockFrame = BLOCK_TAGS.contains(element.normalName()) ? this : enclosingBlock;
    }
  }

  private static final class LinkStart {
    final Block block;
    final int offset;
    final String href;

    LinkStart(Block block, int offset, String href) {
      this.block = block;
      this.offset = offset;
      this.href = href;
    }
  }

  private static final class Visitor implements NodeVisitor {
    final List<Block> blocks = new ArrayList<>();
    final Map<Element, Counts> counts = new IdentityHashMap<>();
    final Deque<Frame> frames = new ArrayDeque<>();
    final Deque<LinkStart> links = new ArrayDeque<>();
    final boolean absolute;
    int linkDepth;
    int quoteDepth;

    Visitor(boolean absolute) {
      this.absolute = absolute;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof Element element) {
        Frame parent = frames.peek();
        Frame frame = new Frame(element, parent == null ? null : parent.blockFrame);
        if (frame.blockFrame == frame && parent != null && parent.blockFrame != null) {
          // Text after this nested block starts a new run of the enclosing block.
          parent.blockFrame.current = null;
        }
        frames.push(frame);
        String tag = element.normalName();
        if (tag.equals("blockquote")) {
          quoteDepth++;
        }
        if (tag.equals("br") && frame.blockFrame != null && frame.blockFrame.current != null) {
          frame.blockFrame.current.raw.append(Block.LINE_BREAK);
        }
        if (tag.equals("a")) {
          linkDepth++;
          Block block = frame.blockFrame == null ? null : open(frame.blockFrame);
          links.push(
              new LinkStart(
                  block,
                  block == null ? 0 : block.raw.length(),
                  element.attr(absolute ? "abs:href" : "href")));
        }
      } else if (node instanceof TextNode text) {
        Frame top = frames.peek();
        if (top == null || top.blockFrame == null) {
          return;
        }
        String whole = text.getWholeText();
        int visible = visibleChars(whole);
        if (visible == 0) {
          if (top.blockFrame.current != null) {
            top.blockFrame.current.raw.append(' ');
          }
          return;
        }
        Block block = open(top.blockFrame);
        block.raw.append(whole);
        block.chars += visible;
        top.chars += visible;
        if (linkDepth > 0) {
          block.linkChars += visible;
          top.linkChars += visible;
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (!(node instanceof Element element)) {
        return;
      }
      Frame frame = frames.pop();
      String tag = element.normalName();
      if (tag.equals("blockquote")) {
        quoteDepth--;
      }
      if (tag.equals("a")) {
        linkDepth--;
        LinkStart start = links.pop();
        Block now = frame.blockFrame == null ? null : frame.blockFrame.current;
        if (start.block != null && start.block == now && !start.href.isEmpty()) {
          String anchor = PlainText.collapse(start.block.raw.substring(start.offset));
          if (!anchor.isEmpty()) {
            start.block.links.add(new Link(anchor, start.href));
          }
        }
      }
      counts.put(element, new Counts(frame.chars, frame.linkChars));
      Frame parent = frames.peek();
      if (parent != null) {
        parent.chars += frame.chars;
        parent.linkChars += frame.linkChars;
      }
    }

    private Block open(Frame blockFrame) {
      if (blockFrame.current == null) {
        blockFrame.current = new Block(blockFrame.element, kindOf(blockFrame.element));
        blocks.add(blockFrame.current);
      }
      return blockFrame.current;
    }

    private ParagraphKind kindOf(Element owner) {
      String tag = owner.normalName();
      if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
        return ParagraphKind.HEADING;
      }
      if (quoteDepth > 0) {
        return ParagraphKind.QUOTE;
      }
      if (tag.equals("li") || tag.equals("dd") || tag.equals("dt")) {
        return ParagraphKind.LIST_ITEM;
      }
      return ParagraphKind.PARAGRAPH;
    }
  }

  static int visibleChars(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u00a0' && c != '\u200b') {
        n++;
      }
    }
    return n;
  }
}
