package dev.veracity.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veracity.article.Segment;
import dev.veracity.article.SegmentKind;
import dev.veracity.article.Segmentation;
import dev.veracity.model.InvalidModelException;
import dev.veracity.text.SentenceSplitter;
import dev.veracity.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArticleClaimRankerTest {

  /** Splits after ". " and "? ": enough for these fixtures, independent of the real splitter. */
  private static final SentenceSplitter SPLITTER =
      text -> {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
          char c = text.charAt(i);
          if ((c == '.' || c == '?') && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
            spans.add(new Span(start, i + 1));
            start = i + 2;
          }
        }
        if (start < text.length()) {
          spans.add(new Span(start, text.length()));
        }
        return spans;
      };

  private static final String TITLE = "US Bans Russia From Coalition";
  private static final String BODY =
      "I know right? The anti-Daesh military alliance was created in 2014 and consists of 45"
          + " member-countries.";
  private static final String FOOTER = "Share this article.";
  private static final String COMMENT = "This is so sad. Russia lost 300 jets in 2015.";
  private static final String TEXT = TITLE + "\n\n" + BODY + "\n" + FOOTER + "\n" + COMMENT;

  private static ArticleClaims claims;

  @BeforeAll
  static void rank() throws InvalidModelException {
    int body = TEXT.indexOf(BODY);
    int footer = TEXT.indexOf(FOOTER);
    int comment = TEXT.indexOf(COMMENT);
    Segmentation segmentation =
        new Segmentation(
            TEXT,
            List.of(
                segment(SegmentKind.TITLE, 0, TITLE),
                segment(SegmentKind.BODY, body, BODY),
                segment(SegmentKind.BOILERPLATE, footer, FOOTER),
                segment(SegmentKind.COMMENT, comment, COMMENT)));
    claims =
        new ArticleClaimRanker(LinearClaimDetector.withDefaultModel(), SPLITTER).rank(segmentation);
  }

  private static Segment segment(SegmentKind kind, int start, String text) {
    return new Segment(kind, text, start, start + text.length(), 1.0, Optional.empty(), 0, "test");
  }

  @Test
  void articleSentencesComeFromTitleAndBodyMostCheckWorthyFirst() {
    assertThat(claims.article())
        .extracting(Claim::text)
        .containsExactly(
            "The anti-Daesh military alliance was created in 2014 and consists of 45 member-countries.",
            TITLE,
            "I know right?");
    assertThat(claims.article())
        .extracting(Claim::kind)
        .containsExactly(SegmentKind.BODY, SegmentKind.TITLE, SegmentKind.BODY);
  }

  @Test
  void commentSentencesAreRankedSeparatelyAndBoilerplateIsSkipped() {
    assertThat(claims.comments())
        .extracting(Claim::text)
        .containsExactly("Russia lost 300 jets in 2015.", "This is so sad.");
    assertThat(claims.article()).noneMatch(c -> c.text().contains("Share"));
  }

  @Test
  void offsetsPointIntoTheArticleText() {
    List<Claim> all = new ArrayList<>(claims.article());
    all.addAll(claims.comments());
    for (Claim c : all) {
      assertThat(TEXT.substring(c.start(), c.end())).isEqualTo(c.text());
      for (Cue cue : c.cues()) {
        assertThat(cue.span().orElseThrow().within(c.span())).isTrue();
      }
    }
  }

  @Test
  void cueSpansAreShiftedToArticleOffsets() {
    Claim alliance = claims.article().get(0);
    Cue date =
        alliance.cues().stream().filter(c -> c.id().equals("date")).findFirst().orElseThrow();
    assertThat(date.span().orElseThrow().of(TEXT)).isEqualTo("2014");
  }
}
