package dev.veracity.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.veracity.report.ReportJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the shaded jar ({@code veracity.jar} system property) as a user would. */
class CheckCommandIT {

  private static final String HEADLINE =
      "US Bans Russia From Joining Coalition Against ISIS In Syria";

  @TempDir Path dir;

  /** What one run of the jar did. */
  private record Run(int exit, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }

    JsonNode json() {
      return ReportJson.parse(out);
    }
  }

  private Run veracity(byte[] stdin, String... args) throws IOException, InterruptedException {
    String jar = System.getProperty("veracity.jar");
    assertThat(jar).as("system property veracity.jar").isNotNull();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar);
    command.add("check");
    command.add("--home");
    command.add(dir.resolve("home").toString());
    command.addAll(List.of(args));
    Path out = dir.resolve("stdout");
    Path err = dir.resolve("stderr");
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    try (var in = p.getOutputStream()) {
      in.write(stdin);
    }
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished within 60 s").isTrue();
    return new Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private Run veracity(String... args) throws IOException, InterruptedException {
    return veracity(new byte[0], args);
  }

  private String file(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content).toString();
  }

  private String file(String name, String content) throws IOException {
    return file(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private static String titleOf(JsonNode report) {
    for (JsonNode segment : report.get("segments")) {
      if (segment.get("kind").asText().equals("title")) {
        return segment.get("text").asText();
      }
    }
    return "(no title segment)";
  }

  private static byte[] resource(String name) {
    try (InputStream in = CheckCommandIT.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void exampleArticleAsJsonHasItsHeadlineAsTitleSegment() throws Exception {
    Path example =
        Path.of(System.getProperty("veracity.datasets", "../shared/datasets"))
            .resolveSibling("examples")
            .resolve("000_d24af7c00431189a.txt");
    assumeTrue(Files.isRegularFile(example), "example article missing: " + example);

    Run run = veracity("--json", example.toString());

    assertThat(run.exit()).isEqualTo(0);
    assertThat(run.err()).isEmpty();
    JsonNode report = run.json();
    assertThat(report.get("schema").asText()).isEqualTo("veracity.check/1");
    assertThat(report.get("source").asText()).isEqualTo(example.toString());
    assertThat(titleOf(report)).isEqualTo(HEADLINE);
    for (JsonNode segment : report.get("segments")) {
      assertThat(segment.get("kind").asText())
          .isIn("title", "body", "quote", "comment", "boilerplate");
      assertThat(segment.get("end").asInt()).isGreaterThan(segment.get("start").asInt());
    }
  }

  @Test
  void exampleArticleFromYournewswireIsUncertainLeaningUnreliable() throws Exception {
    Path datasets = Path.of(System.getProperty("veracity.datasets", "../shared/datasets"));
    Path example = datasets.resolveSibling("examples").resolve("000_d24af7c00431189a.txt");
    assumeTrue(Files.isRegularFile(example), "example article missing: " + example);
    assumeTrue(Files.isDirectory(datasets.resolve("opensources")), "rating lists missing");

    Run run =
        veracity(
            "--json",
            "--datasets",
            datasets.toString(),
            "--url",
            "http://yournewswire.com/us-bans-russia-from-joining-coalition-against-isis-in-syria/",
            example.toString());

    assertThat(run.exit()).isEqualTo(0);
    JsonNode verdict = run.json().get("verdict");
    assertThat(verdict.get("label").asText()).isEqualTo("uncertain");
    assertThat(verdict.get("probability_unreliable").asDouble()).isEqualTo(0.8318);
    assertThat(verdict.get("model").get("kind").asText()).isEqualTo("articles");
    JsonNode source = verdict.get("signals").get(1);
    assertThat(source.get("id").asText()).isEqualTo("source_rating");
    assertThat(source.get("log_odds").asDouble()).isEqualTo(2.0);
    assertThat(source.get("share").asDouble()).isEqualTo(0.8327);
  }

  @Test
  void exampleArticleWithoutItsSiteIsUncertainOnItsTextAlone() throws Exception {
    Path example =
        Path.of(System.getProperty("veracity.datasets", "../shared/datasets"))
            .resolveSibling("examples")
            .resolve("000_d24af7c00431189a.txt");
    assumeTrue(Files.isRegularFile(example), "example article missing: " + example);

    Run run = veracity(example.toString());

    assertThat(run.exit()).isEqualTo(0);
    assertThat(run.out())
        .contains(
            "Verdict:  UNCERTAIN, probability 0.40 of unreliable (confident only at or below 0.37"
                + " or at or above 1.00)\n");
  }

  @Test
  void exampleArticleIsCutIntoTitleBodyQuoteFourCommentsAndBoilerplate() throws Exception {
    Path example =
        Path.of(System.getProperty("veracity.datasets", "../shared/datasets"))
            .resolveSibling("examples")
            .resolve("000_d24af7c00431189a.txt");
    assumeTrue(Files.isRegularFile(example), "example article missing: " + example);
    String input = Files.readString(example, StandardCharsets.UTF_8);

    JsonNode report = veracity("--json", example.toString()).json();

    List<String> kinds = new ArrayList<>();
    List<String> comments = new ArrayList<>();
    List<String> boilerplate = new ArrayList<>();
    String firstBody = null;
    for (JsonNode segment : report.get("segments")) {
      String kind = segment.get("kind").asText();
      String text = segment.get("text").asText();
      kinds.add(kind);
      assertThat(input.substring(segment.get("start").asInt(), segment.get("end").asInt()))
          .isEqualTo(text);
      if (kind.equals("body") && firstBody == null) {
        firstBody = text;
      } else if (kind.equals("comment")) {
        comments.add(text.substring(0, Math.min(20, text.length())));
      } else if (kind.equals("boilerplate")) {
        boilerplate.add(text);
      } else if (kind.equals("quote")) {
        assertThat(segment.get("attribution").asText()).isEqualTo("Sputnik news");
      }
    }
    assertThat(kinds)
        .containsExactly(
            "title",
            "boilerplate",
            "boilerplate",
            "body",
            "body",
            "body",
            "body",
            "quote",
            "quote",
            "quote",
            "quote",
            "quote",
            "quote",
            "comment",
            "comment",
            "comment",
            "comment",
            "boilerplate",
            "boilerplate",
            "boilerplate");
    assertThat(firstBody).startsWith("A Special Envoy for the US-led coalition");
    assertThat(comments)
        .containsExactly(
            "I know right?\u00a0\n\n    ",
            "Why? Because ISIS ar",
            "rolling on the floor",
            "Rolling on floor lau");
    assertThat(boilerplate)
        .containsExactly(
            "Fact checked",
            HEADLINE,
            "Leave a Reply",
            "Your email address will not be published.",
            "This site uses Akismet to reduce spam. Learn how your comment data is processed.");
  }

  @Test
  void exampleArticleStyleEvidencePointsAtTheInputText() throws Exception {
    Path example =
        Path.of(System.getProperty("veracity.datasets", "../shared/datasets"))
            .resolveSibling("examples")
            .resolve("000_d24af7c00431189a.txt");
    assumeTrue(Files.isRegularFile(example), "example article missing: " + example);
    String input = Files.readString(example, StandardCharsets.UTF_8);

    JsonNode report = veracity("--json", example.toString()).json();

    List<String> evidence = new ArrayList<>();
    for (JsonNode cue : report.get("style")) {
      for (JsonNode e : cue.get("evidence")) {
        String text = e.get("text").asText();
        assertThat(input.substring(e.get("start").asInt(), e.get("end").asInt())).isEqualTo(text);
        evidence.add(cue.get("id").asText() + ":" + text);
      }
    }
    assertThat(evidence).contains("question_density:(were they even trying?", "hedging:allegedly");
  }

  @Test
  void textReportShowsTheTitle() throws Exception {
    String a = file("a.txt", HEADLINE + "\n\nMoscow was not invited.\n");

    Run run = veracity(a);

    assertThat(run.exit()).isEqualTo(0);
    assertThat(run.out()).startsWith("== " + a + "\n").contains("Title:    " + HEADLINE + "\n");
  }

  @Test
  void emptyFileFailsWithOneLineNamingIt() throws Exception {
    String empty = file("empty.txt", "");

    Run run = veracity(empty);

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly("veracity: " + empty + ": empty input");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void binaryFileFails() throws Exception {
    String png = file("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});

    Run run = veracity(png);

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.errLines())
        .containsExactly("veracity: " + png + ": not text: it looks like a PNG image");
  }

  @Test
  void aMissingInputDoesNotStopTheOthers() throws Exception {
    String missing = dir.resolve("missing.txt").toString();
    String good = file("good.txt", "Good Title\n\nGood body.");

    Run run = veracity("--jsonl", missing, good);

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly("veracity: " + missing + ": no such file");
    List<JsonNode> lines = run.out().lines().map(ReportJson::parse).toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).get("source").asText()).isEqualTo(missing);
    assertThat(lines.get(0).get("error").get("code").asText()).isEqualTo("not_found");
    assertThat(lines.get(1).get("source").asText()).isEqualTo(good);
    assertThat(titleOf(lines.get(1))).isEqualTo("Good Title");
  }

  @Test
  void standardInputIsReadForDash() throws Exception {
    Run run = veracity((HEADLINE + "\n\nBody.").getBytes(StandardCharsets.UTF_8), "--json", "-");

    assertThat(run.exit()).isEqualTo(0);
    assertThat(run.json().get("source").asText()).isEqualTo("-");
    assertThat(titleOf(run.json())).isEqualTo(HEADLINE);
  }

  @Test
  void windows1252FileIsDecoded() throws Exception {
    byte[] text = "xsaidx\n\nBody.".getBytes(StandardCharsets.US_ASCII);
    text[0] = (byte) 0x93;
    text[5] = (byte) 0x94;
    String cp1252 = file("cp1252.txt", text);

    Run run = veracity("--json", cp1252);

    assertThat(run.exit()).isEqualTo(0);
    assertThat(titleOf(run.json())).isEqualTo("\u201Csaid\u201D");
  }

  @Test
  void gzippedFileIsDecompressed() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write((HEADLINE + "\n\nBody.").getBytes(StandardCharsets.UTF_8));
    }
    String gz = file("article.txt.gz", bytes.toByteArray());

    Run run = veracity("--json", gz);

    assertThat(run.exit()).isEqualTo(0);
    assertThat(titleOf(run.json())).isEqualTo(HEADLINE);
  }

  @Test
  void htmlFileIsReadAsAPage() throws Exception {
    String html = file("page.html", resource("page.html"));

    Run run = veracity("--json", html);

    assertThat(run.exit()).isEqualTo(0);
    JsonNode report = run.json();
    assertThat(report.get("input").get("title").asText()).isEqualTo("Mayor Opens Library");
    assertThat(titleOf(report)).isEqualTo("Mayor Opens Library");
    assertThat(run.out()).doesNotContain("<b>", "hidden", "Home | News");
  }

  @Test
  void urlToLoopbackIsRefused() throws Exception {
    Run run = veracity("http://127.0.0.1:9/article");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.errLines())
        .containsExactly(
            "veracity: http://127.0.0.1:9/article: 127.0.0.1 resolves to a loopback address"
                + " (127.0.0.1)");
  }

  @Test
  void unknownOptionExitsWithUsageCode() throws Exception {
    assertThat(veracity("--no-such-flag", "-").exit()).isEqualTo(2);
  }
}
