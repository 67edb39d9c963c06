package dev.veracity.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.veracity.article.Article;
import dev.veracity.input.DecodedInput;
import dev.veracity.input.Format;
import dev.veracity.input.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsoupArticleReaderTest {

  private final JsoupArticleReader reader = new JsoupArticleReader(100_000);

  private static String fixture(String name) {
    try (InputStream in = JsoupArticleReaderTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static DecodedInput page(String html, Optional<URI> url) {
    return new DecodedInput("p.html", html, Format.HTML, StandardCharsets.UTF_8, url);
  }

  private Article read(String fixture) throws InputException {
    return reader.read(
        page(fixture(fixture), Optional.of(URI.create("https://news.example.com/a"))));
  }

  @Test
  void articleTextKeepsParagraphsAndLineBreaksAndDropsPageFurniture() throws InputException {
    assertThat(read("article.html").text())
        .isEqualTo(
            "Council Approves New Bridge\n\n"
                + "The city council voted 7 to 2 on Tuesday to fund the bridge.\n\n"
                + "Work starts in May.\nCosts: \u00A34m & rising.");
  }

  @Test
  void ogTitleWinsOverTitleElement() throws InputException {
    assertThat(read("article.html").title()).contains("Council Approves New Bridge");
  }

  @Test
  void canonicalLinkIsResolvedAgainstThePageUrl() throws InputException {
    Article article = read("article.html");

    assertThat(article.url()).contains(URI.create("https://news.example.com/2024/03/bridge"));
    assertThat(article.domain()).contains("news.example.com");
  }

  @Test
  void publishedTimeMetaGivesTheDate() throws InputException {
    assertThat(read("article.html").published()).contains(LocalDate.of(2024, 3, 5));
  }

  @Test
  void withoutAnArticleElementTheBodyIsReadWithoutHeaderFooterAndNav() throws InputException {
    assertThat(read("no-article.html").text())
        .isEqualTo("Plain page\n\nFirst paragraph.\n\nSecond bold paragraph.\n\n30 November");
  }

  @Test
  void titleElementIsUsedWhenThereIsNoOgTitle() throws InputException {
    assertThat(read("no-article.html").title()).contains("Plain page");
  }

  @Test
  void timeElementGivesTheDateWhenNoMetaDoes() throws InputException {
    assertThat(read("no-article.html").published()).contains(LocalDate.of(2023, 11, 30));
  }

  @Test
  void withoutCanonicalOrOgUrlThePageUrlIsKept() throws InputException {
    assertThat(read("no-article.html").url()).contains(URI.create("https://news.example.com/a"));
  }

  @Test
  void firstHeadingIsTheTitleWhenNothingElseNamesOne() throws InputException {
    Article article =
        reader.read(page("<body><h1>Only heading</h1><p>Text.</p></body>", Optional.empty()));

    assertThat(article.title()).contains("Only heading");
    assertThat(article.text()).isEqualTo("Only heading\n\nText.");
    assertThat(article.url()).isEmpty();
  }

  @Test
  void aHeadingThatIsTheTitleWithoutTheSiteNameIsNotRepeated() throws InputException {
    Article article =
        reader.read(
            page(
                "<title>Big News | Daily Site</title><h1>Big News</h1><p>Text.</p>",
                Optional.empty()));

    assertThat(article.text()).isEqualTo("Big News\n\nText.");
    assertThat(article.title()).contains("Big News | Daily Site");
  }

  @Test
  void aTitleMissingFromTheTextIsPutFirst() throws InputException {
    Article article = reader.read(page("<title>Big News</title><p>Text.</p>", Optional.empty()));

    assertThat(article.text()).isEqualTo("Big News\n\nText.");
  }

  @Test
  void nonWebCanonicalUrlsAreIgnored() throws InputException {
    Article article =
        reader.read(
            page(
                "<link rel=canonical href=\"javascript:alert(1)\"><p>Text.</p>", Optional.empty()));

    assertThat(article.url()).isEmpty();
  }

  @Test
  void markupNeverReachesTheText() throws InputException {
    Article article =
        reader.read(
            page(
                "<p>a &lt;b&gt; <script>x()</script><img src=x onerror=y>c</p>", Optional.empty()));

    assertThat(article.text()).isEqualTo("a <b> c");
  }

  @Test
  void aPageWithoutTextIsEmpty() {
    assertThatThrownBy(
            () -> reader.read(page("<html><script>x()</script></html>", Optional.empty())))
        .isInstanceOfSatisfying(
            InputException.class, e -> assertThat(e.code()).isEqualTo(InputException.Code.EMPTY))
        .hasMessage("p.html: the page has no text");
  }

  @Test
  void aPageOverTheCapIsRefusedBeforeParsing() {
    JsoupArticleReader small = new JsoupArticleReader(10);

    assertThatThrownBy(() -> small.read(page("<p>eleven chars</p>", Optional.empty())))
        .isInstanceOfSatisfying(
            InputException.class,
            e -> assertThat(e.code()).isEqualTo(InputException.Code.TOO_LARGE));
  }
}
