package dev.veracity.article;

import java.util.List;
import java.util.Optional;

/**
 * Classifies the blocks before the comment section: title, body, quoted passages and furniture.
 *
 * <p>A quotation introduction ("Sputnik news reports:") is body; the paragraphs after it are quote
 * while they last: up to the closing quotation mark when the first one opens with one, while they
 * stay indented when the first one is indented, and otherwise up to the end of the body, a wide gap
 * or the next introduction, with confidence falling paragraph by paragraph because the point where
 * the author's own voice resumes is a guess.
 */
final class BodyClassifier {

  private static final int SHORT_PARAGRAPH = 60;
  private static final int LINK_LIKE_LENGTH = 120;
  private final QuotedParagraphs quotedParagraphs = new QuotedParagraphs();

  /** How a quotation after an introduction is delimited. */
  private enum QuoteMode {
    QUOTATION_MARKS,
    INDENTED,
    OPEN
  }

  /** Emits segments for {@code blocks[0, end)} into {@code sink}. */
  void classify(
      List<Line> lines,
      List<Block> blocks,
      int end,
      int titleLine,
      int bodyIndent,
      SegmentSink sink) {
    String listHeader = null;
    String quoteSource = null;
    QuoteMode quoteMode = null;
    int quoted = 0;
    for (int b = 0; b < end; b++) {
      Block block = blocks.get(b);
      Line first = lines.get(block.first());
      Line last = lines.get(block.last());
      LineVerdict verdict = block.verdict();
      switch (verdict.label()) {
        case TITLE ->
            sink.add(
                SegmentKind.TITLE,
                first.start(),
                last.end(),
                verdict.confidence(),
                verdict.reason());
        case BLOCK_HEADER -> {
          listHeader = first.text();
          quoteSource = null;
          sink.add(
              SegmentKind.BOILERPLATE,
              first.start(),
              last.end(),
              verdict.confidence(),
              verdict.reason());
        }
        case QUOTE_INTRO -> {
          listHeader = null;
          quoteSource = verdict.attribution().orElseThrow();
          quoteMode = null;
          quoted = 0;
          sink.add(
              SegmentKind.BODY,
              first.start(),
              last.end(),
              verdict.confidence(),
              "attribution line: " + verdict.reason());
        }
        case TEXT -> {
          if (listHeader != null && linkLike(lines, block)) {
            sink.add(
                SegmentKind.BOILERPLATE,
                first.start(),
                last.end(),
                0.6,
                "link listed under " + PatternLineRule.quoted(listHeader));
            continue;
          }
          listHeader = null;
          if (quoteSource != null && quoteMode == null) {
            quoteMode =
                QuotedParagraphs.isOpening(first.charAt(0))
                    ? QuoteMode.QUOTATION_MARKS
                    : first.indent() > bodyIndent ? QuoteMode.INDENTED : QuoteMode.OPEN;
          } else if (quoteSource != null && !continuesQuote(quoteMode, first, bodyIndent)) {
            quoteSource = null;
          }
          if (quoteSource != null) {
            double confidence =
                quoteMode == QuoteMode.OPEN ? Math.max(0.5, 0.85 - 0.05 * quoted) : 0.85;
            sink.add(
                SegmentKind.QUOTE,
                first.start(),
                last.end(),
                confidence,
                Optional.of(quoteSource),
                0,
                quoteReason(quoteMode, quoted, quoteSource));
            quoted++;
            if (quoteMode == QuoteMode.QUOTATION_MARKS && QuotedParagraphs.endsQuotation(last)) {
              quoteSource = null;
            }
            continue;
          }
          if (titleLine >= 0 && block.last() < titleLine) {
            sink.add(
                SegmentKind.BOILERPLATE, first.start(), last.end(), 0.5, "before the headline");
            continue;
          }
          Optional<QuotedParagraphs.Quotation> quotation = quotedParagraphs.whole(lines, block);
          if (quotation.isPresent()) {
            sink.add(
                SegmentKind.QUOTE,
                first.start(),
                last.end(),
                0.75,
                quotation.get().speaker(),
                0,
                "paragraph wholly in quotation marks");
            continue;
          }
          boolean shortLine =
              block.first() == block.last()
                  && first.length() < SHORT_PARAGRAPH
                  && !endsSentence(first);
          sink.add(
              SegmentKind.BODY,
              first.start(),
              last.end(),
              shortLine ? 0.6 : 0.85,
              shortLine ? "short line in the body" : "paragraph of the article's prose");
        }
        default ->
            sink.add(
                SegmentKind.BOILERPLATE,
                first.start(),
                last.end(),
                verdict.confidence(),
                verdict.reason());
      }
    }
  }

  private static boolean continuesQuote(QuoteMode mode, Line first, int bodyIndent) {
    if (first.blankBefore() >= 2) {
      return false;
    }
    return switch (mode) {
      case QUOTATION_MARKS, OPEN -> true;
      case INDENTED -> first.indent() > bodyIndent;
    };
  }

  private static String quoteReason(QuoteMode mode, int quoted, String source) {
    String which = quoted == 0 ? "first paragraph" : "paragraph " + (quoted + 1);
    return switch (mode) {
      case QUOTATION_MARKS ->
          which + " in quotation marks after an attribution to '" + source + "'";
      case INDENTED -> which + " of an indented passage attributed to '" + source + "'";
      case OPEN -> which + " after an attribution to '" + source + "'";
    };
  }

  /** Whether every line of {@code block} is short and ends without sentence punctuation. */
  private static boolean linkLike(List<Line> lines, Block block) {
    for (int i = block.first(); i <= block.last(); i++) {
      Line line = lines.get(i);
      if (line.length() > LINK_LIKE_LENGTH || endsSentence(line)) {
        return false;
      }
    }
    return true;
  }

  private static boolean endsSentence(Line line) {
    char c = line.lastChar();
    return c == '.' || c == '!' || c == '?' || c == ':' || c == '”' || c == '"' || c == '…';
  }

  @Override
  public String toString() {
    return "BodyClassifier";
  }
}
