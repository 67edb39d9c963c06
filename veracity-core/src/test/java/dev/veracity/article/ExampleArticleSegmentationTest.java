package dev.veracity.article;

import static dev.veracity.article.Segmentations.render;
import static dev.veracity.article.Segmentations.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shared example article: a scraped page stored as one blob, with quote and comments. */
class ExampleArticleSegmentationTest {

  private static Segmentation segmentation;

  @BeforeAll
  static void segmentExample() throws IOException {
    String datasets = System.getProperty("veracity.datasets", "../shared/datasets");
    Path example = Path.of(datasets).resolveSibling("examples").resolve("000_d24af7c00431189a.txt");
    Assumptions.assumeTrue(
        Files.isRegularFile(example), "example article not found at " + example + ", skipping");
    String text = Files.readString(example, StandardCharsets.UTF_8);
    segmentation = new LineRuleSegmenter().segment(Article.ofText(text));
  }

  @Test
  void segmentsTheWholePageIntoTitleBodyQuoteCommentsAndBoilerplate() {
    assertThat(render(segmentation))
        .containsExactly(
            "title|US Bans Russia From Joining Coalition Ag",
            "boilerplate|Fact checked",
            "boilerplate|US Bans Russia From Joining Coalition Ag",
            "body|A Special Envoy for the US-led coalition",
            "body|So even though the US has made very litt",
            "body|Brett McGurk has been visiting the Unite",
            "body|Sputnik news reports:",
            "quote|The anti-Daesh military alliance was cre|by Sputnik news",
            "quote|Talking with Sky News Arabia on the issu|by Sputnik news",
            "quote|Meanwhile, Americans back so-called “mod|by Sputnik news",
            "quote|McGurk noted that Americans do coordinat|by Sputnik news",
            "quote|However, he went on, Russia must press t|by Sputnik news",
            "quote|The ceasefire was brokered by\u00a0the US and|by Sputnik news",
            "comment|I know right?\u00a0|depth 1",
            "comment|Why? Because ISIS are mossad/cia and no ",
            "comment|rolling on the floor laughing my freakin",
            "comment|Rolling on floor laughing my freaking az",
            "boilerplate|Leave a Reply",
            "boilerplate|Your email address will not be published",
            "boilerplate|This site uses Akismet to reduce spam. L");
  }

  @Test
  void titleIsTheFirstHeadlineLine() {
    assertThat(segmentation.title().map(Segment::text))
        .contains("US Bans Russia From Joining Coalition Against ISIS In Syria");
  }

  @Test
  void lastQuoteParagraphEndsTheQuotedPassageBeforeTheComments() {
    assertThat(texts(segmentation, SegmentKind.QUOTE))
        .last()
        .isEqualTo(
            "The ceasefire was brokered by\u00a0the US and Russia on\u00a0February, 27, 2016."
                + " Daesh and al-Nusra Front have not agreed to\u00a0observe the silence regime,"
                + " routinely attacking heavily populated residential areas in\u00a0the country.");
  }

  @Test
  void bulletedReplyIsOneCommentWithItsIndentedContinuation() {
    assertThat(texts(segmentation, SegmentKind.COMMENT).get(0))
        .isEqualTo(
            "I know right?\u00a0\n\n      While we’re just throwing bans out there, I hereby ban"
                + " squirrels from eating bird seed.");
  }

  @Test
  void numberedCommentStartsAfterItsNumberAndSpansAllItsLines() {
    String third = texts(segmentation, SegmentKind.COMMENT).get(2);
    assertThat(third)
        .startsWith("rolling on the floor laughing my freaking azz off.\n    Russia is the only")
        .endsWith("the genocides, murders, wars, death and terrorism will not end.");
    assertThat(texts(segmentation, SegmentKind.COMMENT).get(1))
        .isEqualTo(
            "Why? Because ISIS are mossad/cia and no one can take them out cos it would mean no"
                + " more bogeyman??");
  }

  @Test
  void commentsHaveNoVisibleAuthor() {
    assertThat(segmentation.of(SegmentKind.COMMENT))
        .extracting(Segment::attribution)
        .containsOnly(Optional.empty());
  }

  @Test
  void commentFormLinesAreBoilerplate() {
    assertThat(texts(segmentation, SegmentKind.BOILERPLATE))
        .endsWith(
            "Leave a Reply",
            "Your email address will not be published.",
            "This site uses Akismet to reduce spam. Learn how your comment data is processed.");
  }

  @Test
  void reasonsNameTheMarkerThatDecided() {
    assertThat(segmentation.segments())
        .filteredOn(s -> s.text().equals("Leave a Reply"))
        .extracting(Segment::reason)
        .containsExactly("comment-form boilerplate: 'Leave a Reply'");
    assertThat(segmentation.of(SegmentKind.COMMENT).get(1).reason())
        .isEqualTo("numbered reply after the body");
  }
}
