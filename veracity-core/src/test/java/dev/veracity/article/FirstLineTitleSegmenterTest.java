package dev.veracity.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class FirstLineTitleSegmenterTest {

  private final FirstLineTitleSegmenter segmenter = new FirstLineTitleSegmenter();

  @Test
  void theFirstNonBlankLineIsTheTitleAndTheRestTheBody() {
    Segmentation s =
        segmenter.segment(Article.ofText("\n  Headline here \n\nFirst para.\nSecond.\n"));

    assertThat(s.segments())
        .extracting(Segment::kind, Segment::text, Segment::start, Segment::end)
        .containsExactly(
            tuple(SegmentKind.TITLE, "Headline here", 3, 16),
            tuple(SegmentKind.BODY, "First para.\nSecond.", 19, 38));
  }

  @Test
  void aSingleLineIsAllBody() {
    Segmentation s = segmenter.segment(Article.ofText("Just one line."));

    assertThat(s.segments()).extracting(Segment::kind).containsExactly(SegmentKind.BODY);
  }

  @Test
  void blankTextHasNoSegments() {
    assertThat(segmenter.segment(Article.ofText(" \n ")).segments()).isEmpty();
  }
}
