package dev.veracity.article;

import static dev.veracity.article.Segmentations.render;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Single behaviours of {@link LineRuleSegmenter} on short literal texts. */
class LineRuleSegmenterTest {

  private final LineRuleSegmenter segmenter = new LineRuleSegmenter();

  private List<String> rendered(String text) {
    return render(segmenter.segment(Article.ofText(text)));
  }

  @Test
  void knownTitleEqualToALineMakesThatLineTheTitle() {
    Article article =
        Article.ofText("World News\n\nDam Bursts in the North\n\nWater flooded three villages.")
            .withTitle("Dam Bursts in the North");
    assertThat(render(segmenter.segment(article)))
        .containsExactly(
            "boilerplate|World News",
            "title|Dam Bursts in the North",
            "body|Water flooded three villages.");
  }

  @Test
  void repeatedHeadlineIsBoilerplate() {
    Segmentation segmentation =
        segmenter.segment(
            Article.ofText("Dam Bursts\nDam Bursts\n\nWater flooded three villages overnight."));
    assertThat(render(segmentation))
        .containsExactly(
            "title|Dam Bursts",
            "boilerplate|Dam Bursts",
            "body|Water flooded three villages overnight.");
    assertThat(segmentation.segments().get(1).reason()).isEqualTo("repeated headline");
  }

  @Test
  void firstLineEndingWithAPeriodIsNotATitle() {
    assertThat(rendered("Water flooded three villages.\n\nNobody was hurt."))
        .containsExactly("body|Water flooded three villages.", "body|Nobody was hurt.");
  }

  @Test
  void firstLineOfAWrappedParagraphIsNotATitle() {
    assertThat(rendered("Water flooded three villages in the north\nof the country on Monday."))
        .containsExactly("body|Water flooded three villages in the nort");
  }

  @Test
  void proseStartingWithByIsNotAByline() {
    assertThat(rendered("Floods\n\nBy the end of May, the river had risen by two metres."))
        .containsExactly("title|Floods", "body|By the end of May, the river had risen b");
  }

  @Test
  void crlfLineEndingsStayOutOfSegments() {
    Segmentation segmentation =
        segmenter.segment(Article.ofText("Floods\r\n\r\nThe river rose.\r\nShare this:\r\n"));
    assertThat(segmentation.segments())
        .extracting(Segment::text)
        .containsExactly("Floods", "The river rose.", "Share this:");
  }

  @Test
  void straightQuotedParagraphIsAQuote() {
    assertThat(rendered("Floods\n\nThe mayor spoke.\n\n\"We will rebuild every house.\""))
        .containsExactly(
            "title|Floods", "body|The mayor spoke.", "quote|\"We will rebuild every house.\"");
  }

  @Test
  void paragraphWithNarrationAfterAQuoteIsBody() {
    assertThat(rendered("Floods\n\n“We will rebuild,” the mayor said. “Every house.”"))
        .containsExactly("title|Floods", "body|“We will rebuild,” the mayor said. “Ever");
  }

  @Test
  void saysLineWithoutADateInTheBodyIntroducesAQuote() {
    assertThat(
            rendered(
                "Floods\n\nThe river rose overnight in the valley.\n\nThe ministry says:\n\n"
                    + "Evacuation is not needed."))
        .containsExactly(
            "title|Floods",
            "body|The river rose overnight in the valley.",
            "body|The ministry says:",
            "quote|Evacuation is not needed.|by The ministry");
  }

  @Test
  void twoBlankLinesEndAnOpenQuote() {
    assertThat(rendered("Floods\n\nReuters reports:\n\nThe river rose.\n\n\nWe will follow up."))
        .containsExactly(
            "title|Floods",
            "body|Reuters reports:",
            "quote|The river rose.|by Reuters",
            "body|We will follow up.");
  }

  @Test
  void replyHeaderMakesADepthOneComment() {
    assertThat(
            rendered(
                "Floods\n\nThe river rose overnight in the valley.\n\n2 Comments\n\n"
                    + "Ann Lee says:\nMay 2, 2019 at 1:00 pm\nTerrible news.\nReply\n\n"
                    + "Reply from Bob Stone\nIt was worse in 1998.\nReply"))
        .containsExactly(
            "title|Floods",
            "body|The river rose overnight in the valley.",
            "boilerplate|2 Comments",
            "boilerplate|Ann Lee says:",
            "boilerplate|May 2, 2019 at 1:00 pm",
            "comment|Terrible news.|by Ann Lee",
            "boilerplate|Reply",
            "boilerplate|Reply from Bob Stone",
            "comment|It was worse in 1998.|by Bob Stone|depth 1",
            "boilerplate|Reply");
  }

  @Test
  void commentCountAboveTheBodyIsBoilerplateNotTheStartOfComments() {
    assertThat(rendered("Floods\n\n12 Comments\n\nThe river rose overnight in the valley."))
        .containsExactly(
            "title|Floods",
            "boilerplate|12 Comments",
            "body|The river rose overnight in the valley.");
  }

  @Test
  void cookieNoticeAndPhotoCreditAreBoilerplate() {
    assertThat(
            rendered(
                "Floods\n\nPhoto: AP\n\nThe river rose overnight in the valley.\n\n"
                    + "This website uses cookies. By continuing you accept our cookie policy."))
        .containsExactly(
            "title|Floods",
            "boilerplate|Photo: AP",
            "body|The river rose overnight in the valley.",
            "boilerplate|This website uses cookies. By continuing");
  }

  @Test
  void strongMarkersAreMoreConfidentThanGuesses() {
    Segmentation segmentation =
        segmenter.segment(
            Article.ofText(
                "Floods\n\nThe river rose overnight in the valley.\n\n\n\n  1. What a mess.\n\n"
                    + "Leave a Reply"));
    assertThat(segmentation.segments())
        .extracting(Segment::text, Segment::confidence)
        .containsExactly(
            tuple("Floods", 0.8),
            tuple("The river rose overnight in the valley.", 0.85),
            tuple("What a mess.", 0.75),
            tuple("Leave a Reply", 0.95));
  }

  @Test
  void sentencesOpeningLikeBylinesOrTagsStayBody() {
    assertThat(
            rendered(
                "Floods\n\nThe river rose overnight in the valley.\n\n"
                    + "Posted in 2016, the video was viewed 3 million times.\n\n"
                    + "Written by a local teacher, the report blamed the dam."))
        .containsExactly(
            "title|Floods",
            "body|The river rose overnight in the valley.",
            "body|Posted in 2016, the video was viewed 3 m",
            "body|Written by a local teacher, the report b");
  }

  @Test
  void repliedLineInTheBodyIntroducesAQuoteNotComments() {
    assertThat(
            rendered(
                "Floods\n\nThe river rose overnight in the valley.\n\nThe minister replied:\n\n"
                    + "The dam is safe."))
        .containsExactly(
            "title|Floods",
            "body|The river rose overnight in the valley.",
            "body|The minister replied:",
            "quote|The dam is safe.|by The minister");
  }

  @Test
  void discussionHeadingAfterTheBodyDoesNotStartComments() {
    assertThat(
            rendered(
                "Floods\n\nThe river rose overnight in the valley.\n\nDiscussion\n\n"
                    + "The dam had not been inspected since 1998."))
        .containsExactly(
            "title|Floods",
            "body|The river rose overnight in the valley.",
            "body|Discussion",
            "body|The dam had not been inspected since 199");
  }

  @Test
  void longSentenceLinesWithoutBlankLinesAreSeparateParagraphs() {
    String first =
        "The river rose by two metres overnight and flooded the lower streets of three villages"
            + " in the valley.";
    String second =
        "Rescue teams evacuated more than 400 people, and the regional government opened two"
            + " shelters in the town hall.";
    assertThat(rendered("Floods\n" + first + "\n" + second))
        .containsExactly(
            "title|Floods",
            "body|The river rose by two metres overnight a",
            "body|Rescue teams evacuated more than 400 peo");
  }

  @Test
  void quotationIntroductionInsideACommentIsPartOfTheComment() {
    assertThat(
            rendered(
                "Floods\n\nThe river rose overnight in the valley.\n\n1 Comment\n\n"
                    + "Ann Lee • 2 hours ago\nAccording to Reuters:\nthe dam was never inspected.\n"
                    + "Reply • Share ›"))
        .containsExactly(
            "title|Floods",
            "body|The river rose overnight in the valley.",
            "boilerplate|1 Comment",
            "boilerplate|Ann Lee • 2 hours ago",
            "comment|According to Reuters:|by Ann Lee",
            "boilerplate|Reply • Share ›");
  }

  @Test
  void quoteSourceDropsLeadingClausesAndTrailingAdverbs() {
    assertThat(
            rendered(
                "Floods\n\nIn a second tweet, the mayor also wrote:\n\nThe dam is safe.\n\n"
                    + "The Post reported on Monday:\n\nIt was not."))
        .containsExactly(
            "title|Floods",
            "body|In a second tweet, the mayor also wrote:",
            "quote|The dam is safe.|by the mayor",
            "body|The Post reported on Monday:",
            "quote|It was not.|by The Post");
  }

  @Test
  void colonLinesWithoutASourceDoNotIntroduceQuotes() {
    assertThat(
            rendered(
                "Results\n\nNumber of states won:\n\nTrump: 30\n\nHere’s what was said:\n\n"
                    + "Nothing new."))
        .containsExactly(
            "title|Results",
            "body|Number of states won:",
            "body|Trump: 30",
            "body|Here’s what was said:",
            "body|Nothing new.");
  }

  @Test
  void rulesDescribeThemselves() {
    assertThat(segmenter.rules())
        .extracting(Object::toString)
        .containsExactly(
            "comment-form boilerplate (comment_form)",
            "comment-section heading (comment_section)",
            "comment author line (comment_author)",
            "comment action links (comment_action)",
            "date line (date)",
            "advertising marker (boilerplate)",
            "badge (boilerplate)",
            "share prompt (block_header)",
            "share button (boilerplate)",
            "related-links heading (block_header)",
            "read-more link (boilerplate)",
            "subscription prompt (boilerplate)",
            "social-media prompt (boilerplate)",
            "photo credit (boilerplate)",
            "agency photo credit (boilerplate)",
            "byline (boilerplate)",
            "tags line (boilerplate)",
            "copyright notice (boilerplate)",
            "cookie notice (boilerplate)",
            "navigation (boilerplate)",
            "quotation introduction (quote_intro)");
  }
}
