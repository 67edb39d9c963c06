package dev.veracity.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the web page in headless Chromium against a real server on a random port with a fresh H2
 * database, and asserts what a person sees.
 */
class WebPageIT {

  private static final String TITLE = "US Bans Russia From Joining Coalition Against ISIS In Syria";
  private static final String COALITION_CLAIM =
      "created in 2014 and consists of 45 member-countries";
  private static final Dimension DESKTOP = new Dimension(1280, 900);

  @TempDir static Path temp;

  private static Optional<String> skipped;
  private static WebServer server;
  private static ChromeDriver chrome;
  private static String article;

  @BeforeAll
  static void start() throws IOException {
    Path datasets =
        Path.of(System.getProperty("veracity.datasets", "../../shared/datasets")).toAbsolutePath();
    Path example = datasets.getParent().resolve("examples/000_d24af7c00431189a.txt");
    skipped =
        HeadlessChromium.missing()
            .or(
                () ->
                    Files.isDirectory(datasets)
                        ? Optional.empty()
                        : Optional.of(
                            "skipped: no shared datasets (source lists) at "
                                + datasets
                                + " (set -Dveracity.datasets)"))
            .or(
                () ->
                    Files.isRegularFile(example)
                        ? Optional.empty()
                        : Optional.of("skipped: the example article is not at " + example));
    if (skipped.isPresent()) {
      return;
    }
    article = Files.readString(example, StandardCharsets.UTF_8);
    server = WebServer.start(temp, datasets);
    chrome = HeadlessChromium.start(temp, DESKTOP);
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
    chrome.manage().window().setSize(DESKTOP);
    chrome.get(server.url() + "/");
    waitFor().until(ExpectedConditions.elementToBeClickable(By.id("submit")));
  }

  @Test
  void checkingTheExampleShowsItsTitleAndVerdictArea() {
    pasteAndCheck(article, "");

    assertThat(chrome.findElement(By.id("result-heading")).getText()).isEqualTo(TITLE);
    WebElement verdict = chrome.findElement(By.id("verdict"));
    assertThat(verdict.isDisplayed()).isTrue();
    assertThat(verdict.findElement(By.tagName("h3")).getText()).isEqualTo("Verdict");
    assertThat(chrome.getTitle()).isEqualTo(TITLE + " – Veracity");
  }

  @Test
  void checkingTheExampleHighlightsTheCoalitionClaimInTheText() {
    pasteAndCheck(article, "");

    List<String> highlighted =
        chrome.findElements(By.cssSelector("#article mark.hl-claim")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(highlighted)
        .anySatisfy(text -> assertThat(text).contains(COALITION_CLAIM))
        .hasSizeGreaterThanOrEqualTo(3);
    WebElement claim =
        chrome.findElements(By.cssSelector("#article mark.hl-claim")).stream()
            .filter(mark -> mark.getText().contains(COALITION_CLAIM))
            .findFirst()
            .orElseThrow();
    assertThat(claim.getAttribute("title")).matches("Claim \\d+: \\d+% check-worthy");
    assertThat(claim.getCssValue("background-color")).isNotEqualTo("rgba(0, 0, 0, 0)");
  }

  @Test
  void checkingTheExampleListsFourCommentsWithASpamFlag() {
    pasteAndCheck(article, "");

    List<WebElement> comments = chrome.findElements(By.cssSelector("#comments li.comment"));
    assertThat(comments).hasSize(4);
    assertThat(chrome.findElement(By.id("comments-heading")).getText())
        .isEqualTo("Readers' comments (4)");
    List<String> flags =
        chrome.findElements(By.cssSelector("#comments .spam-flag")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(flags).hasSize(4).contains("Spam");
  }

  @Test
  void aSourceUrlShowsTheSiteRatingWithItsList() {
    pasteAndCheck(article, "http://yournewswire.com/us-bans-russia-from-joining-coalition/");

    WebElement site = chrome.findElement(By.id("site"));
    assertThat(site.findElement(By.className("site-domain")).getText())
        .isEqualTo("yournewswire.com");
    assertThat(site.findElement(By.className("category")).getText())
        .isEqualTo("conspiracy pseudoscience");
    assertThat(site.getText()).contains("opensources");
  }

  @Test
  void withoutASourceUrlTheSiteCardSaysHowToGetARating() {
    pasteAndCheck(article, "");

    assertThat(chrome.findElement(By.id("site")).getText())
        .contains("No source given: add the article’s address as “Source URL”");
  }

  @Test
  void anUploadedHtmlFileIsReadInTheBrowserAndChecked() throws Exception {
    Path page =
        Path.of(
            WebPageIT.class.getResource("/dev/veracity/server/web/council-budget.html").toURI());
    chrome.findElement(By.cssSelector("input[name=mode][value=html]")).click();
    chrome.findElement(By.id("input-file")).sendKeys(page.toAbsolutePath().toString());
    chrome.findElement(By.id("submit")).click();

    String title = "City council approves budget for new library";
    waitFor().until(ExpectedConditions.textToBe(By.id("result-heading"), title));
    assertThat(chrome.findElement(By.id("article")).getText())
        .contains("voted 7 to 2 on Tuesday")
        .doesNotContain("script ran");
    assertThat(chrome.findElement(By.cssSelector("#site .site-domain")).getText())
        .isEqualTo("example.org");
  }

  @Test
  void emptyInputShowsTheProblemDocument() {
    chrome.findElement(By.id("submit")).click();

    WebElement error =
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("form-error")));
    assertThat(error.findElement(By.className("problem-code")).getText())
        .isEqualTo("Code: empty · HTTP 422");
    assertThat(error.getAttribute("role")).isEqualTo("alert");
    assertThat(chrome.findElement(By.id("result")).isDisplayed()).isFalse();
  }

  @Test
  void aUrlTheServerWillNotFetchShowsTheRefusal() {
    chrome.findElement(By.cssSelector("input[name=mode][value=url]")).click();
    assertThat(chrome.findElement(By.id("input-source")).isDisplayed()).isFalse();
    chrome.findElement(By.id("input-url")).sendKeys("http://127.0.0.1/internal/page.html");
    chrome.findElement(By.id("submit")).click();

    WebElement error =
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("form-error")));
    assertThat(error.findElement(By.className("problem-code")).getText())
        .isEqualTo("Code: fetch_refused · HTTP 422");
  }

  @Test
  void aReviewerVerdictIsRecordedWithAKey() {
    pasteAndCheck(article, "");

    new Select(chrome.findElement(By.id("review-label"))).selectByValue("false");
    chrome.findElement(By.id("review-note")).sendKeys("Misleading framing of the envoy's words.");
    WebElement key = chrome.findElement(By.id("review-key"));
    key.clear();
    key.sendKeys(WebServer.REVIEWER_KEY);
    chrome.findElement(By.cssSelector("#review button[type=submit]")).click();

    WebElement recorded =
        waitFor()
            .until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#review .success")));
    assertThat(recorded.getText()).startsWith("Verdict “False” recorded by web-reviewer");
    chrome.navigate().refresh();
    waitFor().until(ExpectedConditions.textToBe(By.id("result-heading"), TITLE));
    assertThat(texts("#review .verdicts li"))
        .singleElement()
        .asString()
        .startsWith("False on the article by web-reviewer")
        .endsWith("Misleading framing of the envoy's words.");
    assertThat(
            ((JavascriptExecutor) chrome)
                .executeScript("return sessionStorage.getItem('veracity.apiKey')"))
        .isEqualTo(WebServer.REVIEWER_KEY);
  }

  @Test
  void aVerdictWithoutAValidKeyShowsTheRefusal() {
    pasteAndCheck(article, "");

    WebElement key = chrome.findElement(By.id("review-key"));
    key.clear();
    key.sendKeys("vk_not-a-real-key-at-all-00000");
    chrome.findElement(By.cssSelector("#review button[type=submit]")).click();

    WebElement error =
        waitFor()
            .until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#review .problem")));
    assertThat(error.findElement(By.className("problem-code")).getText()).contains("HTTP 401");
  }

  @Test
  void pastChecksListTheCheckAndOpenIt() {
    pasteAndCheck(article, "");
    String id = currentCheckId();
    chrome.get(server.url() + "/");

    WebElement link =
        waitFor()
            .until(
                ExpectedConditions.elementToBeClickable(
                    By.cssSelector("#history-list a[href='#/checks/" + id + "']")));
    // Pasted text has no title from outside the text, so the list names it by its length.
    assertThat(link.getText()).isEqualTo("Pasted text, 3865 characters");
    assertThat(link.findElement(By.xpath("following-sibling::div")).getText())
        .matches(
            ".* · text · verdict: uncertain · \\d+ of 10 claims check-worthy · 4 comments, \\d+ spam");
    link.click();

    waitFor().until(ExpectedConditions.textToBe(By.id("result-heading"), TITLE));
    assertThat(chrome.findElements(By.cssSelector("#comments li.comment"))).hasSize(4);
  }

  @Test
  void aCheckCanBeSubmittedWithTheKeyboardAlone() {
    Actions keys = new Actions(chrome);
    List<String> path = new ArrayList<>();
    for (int i = 0; i < 12 && !path.contains("textarea#input-text"); i++) {
      keys.sendKeys(Keys.TAB).perform();
      path.add(active());
    }
    // Skip link, the two section links, the checked radio button, then the text.
    assertThat(path).containsExactly("a.skip-link", "a", "a", "input", "textarea#input-text");
    keys.sendKeys(firstLines(article, 12)).perform();
    keys.sendKeys(Keys.TAB).perform();
    assertThat(activeId()).isEqualTo("input-source");
    keys.sendKeys(Keys.TAB).perform();
    assertThat(activeId()).isEqualTo("submit");
    keys.sendKeys(Keys.ENTER).perform();

    waitFor().until(ExpectedConditions.textToBe(By.id("result-heading"), TITLE));
    assertThat(activeId()).isEqualTo("result-heading");
    assertThat(chrome.findElement(By.id("status")).getText())
        .startsWith("Check finished: " + TITLE);
  }

  @Test
  void screenshotsAtDesktopAndPhoneWidths() throws IOException {
    Path dir =
        Path.of(System.getProperty("veracity.screenshots", "target/screenshots")).toAbsolutePath();
    Files.createDirectories(dir);
    pasteAndCheck(article, "http://yournewswire.com/us-bans-russia-from-joining-coalition/");
    String id = currentCheckId();

    shoot(dir.resolve("desktop-result.png"), new Dimension(1280, 1200), id);
    shoot(dir.resolve("phone-result.png"), new Dimension(390, 1500), id);

    assertThat(dir.resolve("desktop-result.png")).isNotEmptyFile();
    assertThat(dir.resolve("phone-result.png")).isNotEmptyFile();
  }

  private void shoot(Path file, Dimension size, String id) throws IOException {
    chrome.manage().window().setSize(size);
    chrome.get(server.url() + "/#/checks/" + id);
    waitFor().until(ExpectedConditions.textToBe(By.id("result-heading"), TITLE));
    ((JavascriptExecutor) chrome)
        .executeScript("document.getElementById('result').scrollIntoView({block: 'start'})");
    Files.write(file, chrome.getScreenshotAs(OutputType.BYTES));
  }

  /** Pastes the text as a person would (one input event), fills the source URL and submits. */
  private void pasteAndCheck(String text, String sourceUrl) {
    WebElement textarea = chrome.findElement(By.id("input-text"));
    ((JavascriptExecutor) chrome)
        .executeScript(
            "arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
            textarea,
            text);
    if (!sourceUrl.isEmpty()) {
      chrome.findElement(By.id("input-source")).sendKeys(sourceUrl);
    }
    chrome.findElement(By.id("submit")).click();
    waitFor().until(ExpectedConditions.textToBe(By.id("result-heading"), TITLE));
  }

  private static List<String> texts(String css) {
    return chrome.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  private String currentCheckId() {
    String hash = (String) ((JavascriptExecutor) chrome).executeScript("return location.hash");
    assertThat(hash).startsWith("#/checks/");
    return hash.substring("#/checks/".length());
  }

  /** The focused element as {@code tag#id.class}, e.g. {@code a.skip-link}. */
  private String active() {
    return String.valueOf(
        ((JavascriptExecutor) chrome)
            .executeScript(
                "const e = document.activeElement;"
                    + " return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                    + " + (e.className ? '.' + e.className : '');"));
  }

  private String activeId() {
    return String.valueOf(
        ((JavascriptExecutor) chrome).executeScript("return document.activeElement.id"));
  }

  private static String firstLines(String text, int lines) {
    return String.join("\n", text.lines().limit(lines).toList());
  }

  private static WebDriverWait waitFor() {
    return new WebDriverWait(chrome, Duration.ofSeconds(30));
  }
}
