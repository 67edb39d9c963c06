package dev.veracity.comment;

import dev.veracity.article.Segment;
import dev.veracity.article.SegmentKind;
import dev.veracity.article.Segmentation;
import java.util.ArrayList;
import java.util.List;

/**
 * The readers' comments of an article judged for spam, and how many were flagged.
 *
 * @param spam how many comments were flagged as spam
 * @param notSpam how many were not
 * @param comments one verdict per comment segment, in text order
 */
public record CommentReport(int spam, int notSpam, List<CommentVerdict> comments) {

  /** Validates and copies. */
  public CommentReport {
    comments = List.copyOf(comments);
    if (spam < 0 || notSpam < 0 || spam + notSpam != comments.size()) {
      throw new IllegalArgumentException(
          "counts " + spam + " + " + notSpam + " do not match " + comments.size() + " comments");
    }
  }

  /** No comments judged. */
  public static CommentReport none() {
    return new CommentReport(0, 0, List.of());
  }

  /** Scores every comment segment of {@code segmentation} with {@code detector}. */
  public static CommentReport of(Segmentation segmentation, SpamDetector detector) {
    List<CommentVerdict> verdicts = new ArrayList<>();
    int spam = 0;
    for (Segment s : segmentation.of(SegmentKind.COMMENT)) {
      SpamScore score = detector.score(s.text());
      spam += score.spam() ? 1 : 0;
      verdicts.add(
          new CommentVerdict(
              s.start(),
              s.end(),
              s.attribution(),
              s.depth(),
              score.probability(),
              score.spam(),
              score.cues().stream().map(c -> c.shift(s.start())).toList(),
              score.contributions()));
    }
    return new CommentReport(spam, verdicts.size() - spam, verdicts);
  }
}
