package dev.veracity.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Renders report fixtures with the page's own modules in headless Chromium: the fields other parts
 * of Veracity add (verdict, known fact-checks), their absence, and hostile text.
 */
class ReportViewIT {

  @TempDir static Path temp;

  private static Optional<String> skipped;
  private static WebServer server;
  private static ChromeDriver chrome;

  @BeforeAll
  static void start() throws IOException {
    skipped = HeadlessChromium.missing();
    if (skipped.isPresent()) {
      return;
    }
    server = WebServer.start(temp);
    chrome = HeadlessChromium.start(temp, new Dimension(1280, 900));
  }

  @AfterAll
  static void stop() {
    if (chrome != null) {
      chrome.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void openThePage() {
    // Assumed here rather than in @BeforeAll so that every skipped test reports the reason.
    assumeTrue(skipped.isEmpty(), skipped::get);
    chrome.get(server.url() + "/");
  }

  @Test
  void theVerdictShowsItsLabelProbabilityBandAndSignalShares() throws IOException {
    WebElement verdict = render("fields/verdict.js", "renderVerdict", fixture());

    assertThat(verdict.findElement(By.className("verdict-label")).getText()).isEqualTo("Uncertain");
    assertThat(verdict.findElement(By.className("verdict-probability")).getText())
        .isEqualTo("Probability unreliable: 83%");
    assertThat(verdict.findElement(By.className("band-note")).getText())
        .startsWith("Uncertain between 38% and 88% (the grey zone)");
    assertThat(texts(verdict, ".bars .bar-label")).containsExactly("text model", "source rating");
    assertThat(texts(verdict, ".bars .bar-value")).containsExactly("17%", "83%");
  }

  @Test
  void theVerdictPhrasesAreHighlightedAtTheirSpans() throws IOException {
    WebElement article = render("fields/body.js", "renderBody", fixture());

    assertThat(texts(article, ".article-text mark.hl-phrase.towards-unreliable"))
        .containsExactly("ISIS", "ISIS", "ISIS", "ISIS", "ISIS");
    assertThat(texts(article, ".article-text mark.hl-claim mark.hl-phrase.towards-reliable"))
        .containsExactly("45");
  }

  @Test
  void aMatchedFactCheckShowsItsRatingReviewerAndLink() throws IOException {
    WebElement claims = render("fields/claims.js", "renderClaims", fixture());

    WebElement match = claims.findElement(By.cssSelector("#claim-article-0-item .factcheck"));
    assertThat(match.findElement(By.className("rating")).getText()).isEqualTo("Mostly True");
    assertThat(match.findElement(By.tagName("strong")).getText()).isEqualTo("Snopes");
    WebElement link = match.findElement(By.tagName("a"));
    assertThat(link.getAttribute("href"))
        .isEqualTo("https://www.snopes.com/fact-check/coalition-members/");
    assertThat(link.getAttribute("rel")).isEqualTo("noopener noreferrer nofollow");
  }

  @Test
  void aClaimWithoutMatchSaysSoWithoutImplyingSupport() throws IOException {
    WebElement claims = render("fields/claims.js", "renderClaims", fixture());

    assertThat(
            claims.findElement(By.cssSelector("#claim-article-1-item .factcheck-none")).getText())
        .isEqualTo("No known fact-check of this claim (which is not support for it).");
  }

  @Test
  void withoutVerdictAndIndexThePageSaysWhatIsMissing() throws IOException {
    String report =
        "{\"schema\":\"veracity.check/1\",\"segments\":[],\"style\":[],"
            + "\"claims\":{\"article\":[],\"comments\":[]},"
            + "\"fact_checks\":{\"status\":\"no_index\",\"hint\":\"no fact-check index loaded\","
            + "\"statements\":[]}}";

    assertThat(render("fields/verdict.js", "renderVerdict", report).getText())
        .contains("No overall verdict");
    assertThat(render("fields/claims.js", "renderClaims", report).getText())
        .contains("Known fact-checks were not searched: no fact-check index loaded");
  }

  @Test
  void markupInTheReportIsShownAsTextNeverRun() {
    String hostile = "<img src=x onerror=\\\"document.title='pwned'\\\"> Breaking <b>news</b>";
    String report =
        "{\"segments\":[{\"kind\":\"title\",\"text\":\""
            + hostile
            + "\",\"start\":0,\"end\":60}],\"style\":[],"
            + "\"claims\":{\"article\":[{\"text\":\"x\",\"start\":0,\"end\":20,\"score\":0.7,"
            + "\"check_worthy\":true,\"kind\":\"title\",\"cues\":[]}],\"comments\":[]}}";

    WebElement article = render("fields/body.js", "renderBody", report);

    assertThat(article.findElements(By.tagName("img"))).isEmpty();
    assertThat(article.findElements(By.tagName("b"))).isEmpty();
    assertThat(article.findElement(By.className("seg-title")).getText())
        .isEqualTo("<img src=x onerror=\"document.title='pwned'\"> Breaking <b>news</b>");
    assertThat(chrome.getTitle()).isNotEqualTo("pwned");
  }

  /** Imports one of the page's modules, renders {@code report} with it, and returns the result. */
  private static WebElement render(String module, String function, String report) {
    Object node =
        ((JavascriptExecutor) chrome)
            .executeAsyncScript(
                "const [module, name, json, done] = arguments;"
                    + " import('/js/' + module).then((m) => {"
                    + "   const node = m[name](JSON.parse(json));"
                    + "   document.body.replaceChildren(node);"
                    + "   done(node);"
                    + " }, (error) => done(String(error)));",
                module,
                function,
                report);
    assertThat(node).isInstanceOf(WebElement.class);
    return (WebElement) node;
  }

  private static List<String> texts(WebElement root, String css) {
    return root.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  private static String fixture() throws IOException {
    try (InputStream in =
        ReportViewIT.class.getResourceAsStream(
            "/dev/veracity/server/web/report-with-verdict.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
