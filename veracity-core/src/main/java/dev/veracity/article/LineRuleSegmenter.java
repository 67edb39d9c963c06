package dev.veracity.article;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Segments plain text by rules over its lines and paragraphs, in one linear pass per step.
 *
 * <p>The steps: {@link LineSplitter} cuts the text into lines; a chain of {@link LineRule}s labels
 * each line from its own shape (comment form, byline, share box, quotation introduction…); {@link
 * TitleFinder} marks the headline and its repeats; {@link BlockGrouper} joins prose lines into
 * paragraphs; {@link CommentZoneFinder} decides where readers' comments begin; {@link
 * BodyClassifier} classifies everything before that point and {@link CommentGrouper} everything
 * after it. Offsets point into the original text, which is never normalised. Instances are
 * immutable and thread-safe.
 */
public final class LineRuleSegmenter implements ArticleSegmenter {

  private final LineSplitter splitter = new LineSplitter();
  private final List<LineRule> rules;
  private final TitleFinder titleFinder = new TitleFinder();
  private final BlockGrouper grouper = new BlockGrouper();
  private final CommentZoneFinder zoneFinder = new CommentZoneFinder();
  private final BodyClassifier bodyClassifier = new BodyClassifier();
  private final CommentGrouper commentGrouper = new CommentGrouper();

  /** A segmenter with the default line rules. */
  public LineRuleSegmenter() {
    this.rules = LineRules.defaults();
  }

  @Override
  public Segmentation segment(Article article) {
    Objects.requireNonNull(article, "article");
    String text = article.text();
    List<Line> lines = splitter.split(text);
    LineVerdict[] verdicts = new LineVerdict[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      verdicts[i] = classify(lines, i);
    }
    int titleLine = titleFinder.mark(lines, verdicts, article.title());
    List<Block> blocks = grouper.group(lines, verdicts);
    int firstBody = firstBody(blocks, titleLine);
    CommentZoneFinder.Zone zone = zoneFinder.find(lines, blocks, firstBody);
    int bodyIndent = firstBody < 0 ? 0 : lines.get(blocks.get(firstBody).first()).indent();
    SegmentSink sink = new SegmentSink(text);
    bodyClassifier.classify(lines, blocks, zone.block(), titleLine, bodyIndent, sink);
    commentGrouper.group(lines, blocks, zone, sink);
    return new Segmentation(text, sink.segments());
  }

  private LineVerdict classify(List<Line> lines, int i) {
    for (LineRule rule : rules) {
      Optional<LineVerdict> verdict = rule.classify(lines, i);
      if (verdict.isPresent()) {
        return verdict.get();
      }
    }
    return LineVerdict.TEXT;
  }

  /** The first prose block after the title, or -1. */
  private static int firstBody(List<Block> blocks, int titleLine) {
    for (int b = 0; b < blocks.size(); b++) {
      Block block = blocks.get(b);
      boolean prose = block.label() == LineLabel.TEXT || block.label() == LineLabel.QUOTE_INTRO;
      if (prose && block.first() > titleLine) {
        return b;
      }
    }
    return -1;
  }

  /** The line rules in the order they are asked. */
  List<LineRule> rules() {
    return rules;
  }

  @Override
  public String toString() {
    return "LineRuleSegmenter";
  }
}
