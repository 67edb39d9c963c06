package dev.veracity.claim;

import dev.veracity.article.Segment;
import dev.veracity.article.SegmentKind;
import dev.veracity.article.Segmentation;
import dev.veracity.text.SentenceSplitter;
import dev.veracity.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Splits the title, body, quote and comment segments of an article into sentences and ranks them by
 * check-worthiness. Boilerplate is skipped.
 *
 * <p>Thread-safe when its detector and splitter are.
 */
public final class ArticleClaimRanker {

  private static final Set<SegmentKind> ARTICLE_KINDS =
      Set.of(SegmentKind.TITLE, SegmentKind.BODY, SegmentKind.QUOTE);

  private final ClaimDetector detector;
  private final SentenceSplitter splitter;

  /** A ranker using the given detector and sentence splitter. */
  public ArticleClaimRanker(ClaimDetector detector, SentenceSplitter splitter) {
    this.detector = Objects.requireNonNull(detector, "detector");
    this.splitter = Objects.requireNonNull(splitter, "splitter");
  }

  /** The ranked sentences of {@code segmentation}; offsets point into its text. */
  public ArticleClaims rank(Segmentation segmentation) {
    List<Claim> article = new ArrayList<>();
    List<Claim> comments = new ArrayList<>();
    for (Segment segment : segmentation.segments()) {
      boolean isArticle = ARTICLE_KINDS.contains(segment.kind());
      if (!isArticle && segment.kind() != SegmentKind.COMMENT) {
        continue;
      }
      for (Span s : splitter.split(segment.text())) {
        String sentence = s.of(segment.text());
        if (sentence.isBlank()) {
          continue;
        }
        int start = segment.start() + s.start();
        ClaimScore score = detector.score(sentence);
        Claim claim =
            new Claim(
                sentence,
                start,
                start + sentence.length(),
                score.probability(),
                score.checkWorthy(),
                segment.kind(),
                score.cues().stream().map(c -> c.shift(start)).toList(),
                score.contributions());
        (isArticle ? article : comments).add(claim);
      }
    }
    Comparator<Claim> order =
        Comparator.comparingDouble((Claim c) -> -c.score()).thenComparingInt(Claim::start);
    article.sort(order);
    comments.sort(order);
    return new ArticleClaims(article, comments);
  }

  @Override
  public String toString() {
    return "ArticleClaimRanker[" + detector.describe() + ", " + splitter + "]";
  }
}
