package dev.veracity.html.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.veracity.article.Article;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DensityArticleExtractorTest {

  private final ArticleExtractor extractor = new DensityArticleExtractor();

  @Test
  void wordPressArticleKeepsBodyBlocksAndDropsNavigationShareRelatedAndFooter() {
    ExtractedPage page = extractor.extract(Fixtures.page("wordpress-article.html"));

    assertThat(page.paragraphs())
        .extracting(Paragraph::kind, Paragraph::text)
        .containsExactly(
            tuple(
                ParagraphKind.PARAGRAPH,
                "Water levels on the river Wend fell by almost a metre overnight, the Environment"
                    + " Agency said on Tuesday, after the wettest February since records began."),
            tuple(
                ParagraphKind.PARAGRAPH,
                "Flood barriers in the town centre will stay in place until Friday, and residents"
                    + " of low-lying streets have been told to keep sandbags ready."),
            tuple(ParagraphKind.HEADING, "Farmers count the cost"),
            tuple(
                ParagraphKind.PARAGRAPH,
                "Several farms near the estuary lost winter crops. \u201cWe have never seen the"
                    + " fields under water for this long,\u201d said one grower, who asked not to"
                    + " be named."),
            tuple(
                ParagraphKind.QUOTE,
                "The ground is saturated, so even light rain runs straight off into the river."),
            tuple(
                ParagraphKind.PARAGRAPH,
                "The agency's flood warning service lists the affected areas, which are:"),
            tuple(ParagraphKind.LIST_ITEM, "Lower Wend and the marina"),
            tuple(ParagraphKind.LIST_ITEM, "Mill Lane and Station Road"));
  }

  @Test
  void wordPressArticleMetadataComesFromOpenGraphAndMetaTags() {
    ExtractedPage page = extractor.extract(Fixtures.page("wordpress-article.html"));

    assertThat(page.title()).contains("River levels fall after record rain");
    assertThat(page.byline()).contains("Anna Pereira");
    assertThat(page.published()).contains("2024-03-05T08:30:00+00:00");
    assertThat(page.siteName()).contains("The Valley Gazette");
    assertThat(page.canonicalUrl())
        .contains("https://valleygazette.example/2024/03/river-levels-fall/");
    assertThat(page.language()).contains("en-GB");
  }

  @Test
  void wordPressCommentsCarryAuthorDateTextAndReplyDepth() {
    ExtractedPage page = extractor.extract(Fixtures.page("wordpress-article.html"));

    assertThat(page.comments())
        .containsExactly(
            new PageComment(
                Optional.of("Tom Hale"),
                Optional.of("2024-03-05T09:12:00+00:00"),
                "Our street was dry this time, thank goodness. The new barriers worked.",
                0),
            new PageComment(
                Optional.of("Ruth Mills"),
                Optional.of("2024-03-05T10:40:00+00:00"),
                "Same on Mill Lane. Let us hope they stay up until the weekend.",
                1),
            new PageComment(
                Optional.of("J. Okafor"),
                Optional.of("2024-03-06T07:05:00+00:00"),
                "Any word on compensation for the farms?\nAsking for my uncle.",
                0));
  }

  @Test
  void linksAreKeptAsAnchorTextAndAbsoluteHref() {
    ExtractedPage page = extractor.extract(Fixtures.page("wordpress-article.html"));

    assertThat(page.paragraphs().get(5).links())
        .containsExactly(
            new Link("flood warning service", "https://agency.example/flood-warnings"));
  }

  @Test
  void paragraphOffsetsPointIntoTheBodyText() {
    ExtractedPage page = extractor.extract(Fixtures.page("wordpress-article.html"));
    String body = page.body();

    assertThat(page.paragraphs())
        .allSatisfy(p -> assertThat(body.substring(p.start(), p.end())).isEqualTo(p.text()));
    assertThat(page.paragraphs().get(2).start()).isEqualTo(296);
  }

  @Test
  void disqusThreadIsReadAsCommentsAndNotAsBody() {
    ExtractedPage page = extractor.extract(Fixtures.page("disqus-blog.html"));

    assertThat(page.body())
        .isEqualTo(
            "After two years of back pain, I finally tried a standing desk in September. The"
                + " first week was hard, and my feet complained more than my back ever had.\n\n"
                + "By the third week I was standing for about half of the working day, switching"
                + " every hour or so, and the pain had mostly gone.\n\n"
                + "I would not call it a miracle, but for me it was worth the money.");
    assertThat(page.comments())
        .containsExactly(
            new PageComment(
                Optional.of("Dana K"),
                Optional.of("Monday, November 20, 2023 6:02 PM"),
                "Did you get an anti-fatigue mat? It made all the difference for me.",
                0),
            new PageComment(
                Optional.of("Sam Ortiz"),
                Optional.of("Monday, November 20, 2023 7:30 PM"),
                "Not yet, but it is on my list. Thanks!",
                1));
  }

  @Test
  void disqusPageMetadataFallsBackToMarkup() {
    ExtractedPage page = extractor.extract(Fixtures.page("disqus-blog.html"));

    assertThat(page.title()).contains("Why I switched to a standing desk");
    assertThat(page.byline()).contains("Sam Ortiz");
    assertThat(page.published()).contains("2023-11-20");
    assertThat(page.canonicalUrl()).isEmpty();
  }

  @Test
  void newsArticleMetadataComesFromJsonLdGraph() {
    ExtractedPage page = extractor.extract(Fixtures.page("news-jsonld.html"));

    assertThat(page.title()).contains("Ministry publishes new vaccination figures");
    assertThat(page.byline()).contains("Lucia Gomes, Pedro Alves");
    assertThat(page.published()).contains("2025-01-14T16:00:00-03:00");
    assertThat(page.siteName()).contains("Daily Courier");
    assertThat(page.canonicalUrl()).contains("https://courier.example/health/vaccination-figures");
    assertThat(page.language()).contains("pt-BR");
  }

  @Test
  void newsArticleBodyDropsAdvertisementCaptionBylineSidebarAndRelatedStories() {
    ExtractedPage page = extractor.extract(Fixtures.page("news-jsonld.html"));

    assertThat(page.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "The health ministry published its quarterly vaccination figures on Tuesday."
                + " Coverage for measles rose to 91 percent, up from 87 percent a year earlier.",
            "Officials credited a school-based campaign, launched in March, that reached more"
                + " than 400,000 children in its first six months.",
            "Experts cautioned that coverage remains uneven across regions, with rural areas"
                + " lagging well behind the cities.");
    assertThat(page.comments()).isEmpty();
  }

  @Test
  void toArticleCarriesTitleBodyCommentsUrlAndDate() {
    ExtractedPage page = extractor.extract(Fixtures.page("disqus-blog.html"));

    Article article = page.toArticle();

    assertThat(article.text())
        .startsWith("Why I switched to a standing desk\n\nAfter two years of back pain")
        .endsWith(
            "worth the money.\n\nDid you get an anti-fatigue mat? It made all the difference"
                + " for me.\n\nNot yet, but it is on my list. Thanks!");
    assertThat(article.title()).contains("Why I switched to a standing desk");
    assertThat(article.published()).contains(LocalDate.of(2023, 11, 20));
  }

  @Test
  void toArticleUsesTheCanonicalUrlAndItsHost() {
    Article article = extractor.extract(Fixtures.page("news-jsonld.html")).toArticle();

    assertThat(article.url())
        .contains(URI.create("https://courier.example/health/vaccination-figures"));
    assertThat(article.domain()).contains("courier.example");
  }

  @Test
  void relativeLinksAreResolvedAgainstTheLocation() {
    ExtractedPage page =
        extractor.extract(
            "<article><p>Read the <a href='/report.pdf'>full report</a> from the agency, which"
                + " was published on Monday after a long delay.</p></article>",
            Optional.of(URI.create("https://example.org/news/item")));

    assertThat(page.paragraphs().get(0).links())
        .containsExactly(new Link("full report", "https://example.org/report.pdf"));
  }

  @Test
  void doubleLineBreaksSplitParagraphs() {
    ExtractedPage page =
        extractor.extract(
            "<div class='content'>First paragraph of the story, which has a comma, and runs on."
                + "<br><br>Second paragraph of the story, also long enough to count here.<br>"
                + "With a second line.</div>");

    assertThat(page.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "First paragraph of the story, which has a comma, and runs on.",
            "Second paragraph of the story, also long enough to count here.\nWith a second line.");
  }

  @Test
  void titleMarkupIsNeverReturnedAsText() {
    ExtractedPage page =
        extractor.extract("<title><script>alert(1)</script>Breaking news</title><p>Body.</p>");

    assertThat(page.title()).contains("Breaking news");
  }

  @Test
  void emptyPageHasNoBodyNoCommentsAndNoMetadata() {
    ExtractedPage page = extractor.extract("");

    assertThat(page.paragraphs()).isEmpty();
    assertThat(page.comments()).isEmpty();
    assertThat(page.title()).isEmpty();
    assertThat(page.toArticleText()).isEmpty();
  }

  @Test
  void pagesOverTheLimitAreRefusedWithTheirLength() {
    String huge = "a".repeat(ArticleExtractor.MAX_HTML_CHARS + 1);

    assertThatThrownBy(() -> extractor.extract(huge))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("html must be at most 20000000 chars, got 20000001");
  }
}
