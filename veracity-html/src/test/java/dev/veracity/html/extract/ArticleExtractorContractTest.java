package dev.veracity.html.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ArticleExtractor} must do with hostile input: return, in bounded time, text
 * that carries no markup, with offsets that match the body.
 *
 * <p>The time limits are hang guards, not performance targets.
 */
class ArticleExtractorContractTest {

  private static final long SEED = 20260125L;
  private static final Pattern RAW_TAG =
      Pattern.compile("(?i)<\\s*/?\\s*(script|style|iframe|div|p|a|img|b|span|svg)[\\s>/]");
  private static final String[] PIECES = {
    "<div class='content'>",
    "</div>",
    "<p>",
    "</p>",
    "<a href='x'>",
    "</a>",
    "<script>",
    "</script>",
    "<!--",
    "-->",
    "<br>",
    "<li class='comment'>",
    "<table><tr><td>",
    "&amp;",
    "&lt;script&gt;",
    "<title>",
    "</title>",
    "<![CDATA[",
    "]]>",
    "<svg><foreignObject>",
    "\u0000",
    "\ud800",
    "\u202e",
    "Words, commas, and sentences. ",
    "é中文🙂 ",
    "<",
    ">",
    "\"",
    "'"
  };

  private final ArticleExtractor extractor = new DensityArticleExtractor();

  @Test
  void randomTagSoupYieldsMarkupFreeTextWithConsistentOffsets() {
    Random random = new Random(SEED);
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          for (int i = 0; i < 300; i++) {
            StringBuilder html = new StringBuilder();
            int pieces = random.nextInt(400);
            for (int j = 0; j < pieces; j++) {
              html.append(PIECES[random.nextInt(PIECES.length)]);
            }
            assertTextOnly(extractor.extract(html.toString()));
          }
        });
  }

  @Test
  void truncatedFixturesYieldMarkupFreeText() {
    String page = Fixtures.page("wordpress-article.html");
    Random random = new Random(SEED);
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          for (int i = 0; i < 100; i++) {
            assertTextOnly(extractor.extract(page.substring(0, random.nextInt(page.length()))));
          }
        });
  }

  @Test
  void tenThousandNestedElementsAreExtracted() {
    String html =
        "<div class='content'>".repeat(10_000)
            + "<p>Deep text, with commas, long enough to be scored as a paragraph.</p>"
            + "</div>".repeat(10_000);

    ExtractedPage page =
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> extractor.extract(html));

    assertThat(page.body())
        .isEqualTo("Deep text, with commas, long enough to be scored as a paragraph.");
  }

  @Test
  void tenThousandNestedCommentsAreReadWithoutOverflow() {
    String html =
        "<p>An article body sentence, with a comma, long enough to be scored.</p>"
            + "<div class='comment'><p>reply</p>".repeat(10_000)
            + "</div>".repeat(10_000);

    ExtractedPage page =
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> extractor.extract(html));

    // jsoup flattens nesting beyond its depth limit, so the deepest items merge; the first stays.
    assertThat(page.comments())
        .hasSizeBetween(2, 10_000)
        .first()
        .isEqualTo(new PageComment(Optional.empty(), Optional.empty(), "reply", 0));
    assertThat(page.comments().get(1).depth()).isEqualTo(1);
  }

  @Test
  void scriptsStylesAndUnclosedTagsNeverReachTheText() {
    String html =
        "<html><head><title>T</title><style>p{color:red}</style></head><body><article>"
            + "<p>Visible sentence, with a comma, that belongs to the story itself."
            + "<script>document.write('<p>injected</p>')</script><p>Second visible sentence,"
            + " also from the story, without a closing tag <b>bold <i>italic"
            + "<noscript><img src=x onerror=alert(1)></noscript><div style='display:none'>hidden"
            + " words</div></article>";

    ExtractedPage page = extractor.extract(html);

    assertThat(page.body())
        .isEqualTo(
            "Visible sentence, with a comma, that belongs to the story itself.\n\n"
                + "Second visible sentence, also from the story, without a closing tag bold"
                + " italic");
  }

  @Test
  void hugeAttributesAndHugeTextAreHandled() {
    String html =
        "<div class='"
            + "x".repeat(1_000_000)
            + "'><p title='"
            + "y".repeat(1_000_000)
            + "'>A sentence, with a comma, long enough to count as article text.</p></div>";

    ExtractedPage page =
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> extractor.extract(html));

    assertThat(page.body())
        .isEqualTo("A sentence, with a comma, long enough to count as article text.");
  }

  @Test
  void aTwentyMegabytePageIsExtractedInBoundedTime() {
    StringBuilder html = new StringBuilder("<html><body><article>");
    String paragraph =
        "<p>Paragraph text, with commas, and a <a href='/x'>link</a>, repeated many times.</p>";
    while (html.length() + paragraph.length() + 30 < ArticleExtractor.MAX_HTML_CHARS) {
      html.append(paragraph);
    }
    html.append("</article></body></html>");

    ExtractedPage page =
        assertTimeoutPreemptively(
            Duration.ofSeconds(300), () -> extractor.extract(html.toString()));

    assertThat(page.paragraphs()).hasSizeGreaterThan(200_000);
    assertTextOnly(page);
  }

  @Test
  void escapedMarkupInTextIsParsedAwayRatherThanReturnedAsATag() {
    ExtractedPage page =
        extractor.extract(
            "<article><p>Authors wrote &lt;script&gt;alert(1)&lt;/script&gt; into the form,"
                + " which the site then displayed.</p></article>");

    assertTextOnly(page);
    assertThat(page.body())
        .isEqualTo("Authors wrote into the form, which the site then displayed.");
  }

  @Test
  void metadataMarkupInJsonLdIsStripped() {
    ExtractedPage page =
        extractor.extract(
            "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":"
                + "\"<b>Bold</b> claim\",\"author\":{\"name\":\"<script>x<\\/script>Ann\"}}</script>");

    assertThat(page.title()).contains("Bold claim");
    assertThat(page.byline()).contains("Ann");
  }

  private static void assertTextOnly(ExtractedPage page) {
    List<String> fields = new ArrayList<>();
    page.title().ifPresent(fields::add);
    page.byline().ifPresent(fields::add);
    page.published().ifPresent(fields::add);
    page.siteName().ifPresent(fields::add);
    page.canonicalUrl().ifPresent(fields::add);
    page.language().ifPresent(fields::add);
    String body = page.body();
    fields.add(body);
    for (Paragraph p : page.paragraphs()) {
      assertThat(body.substring(p.start(), p.end())).isEqualTo(p.text());
      p.links().forEach(l -> fields.add(l.text()));
    }
    for (PageComment c : page.comments()) {
      fields.add(c.text());
      c.author().ifPresent(fields::add);
      c.date().ifPresent(fields::add);
    }
    assertThat(fields)
        .allSatisfy(
            f -> {
              assertThat(f).doesNotContainIgnoringCase("<script");
              assertThat(RAW_TAG.matcher(f).find()).as("raw tag in %s", f).isFalse();
            });
  }
}
