package dev.veracity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

  private static final String PAGE =
      "<html lang='en'><head><title>Bridge reopens - Town News</title>"
          + "<meta property='og:title' content='Bridge reopens'></head><body><article>"
          + "<p>The old bridge reopened on Friday, after two years of repairs, to cars and"
          + " cyclists.</p><p>Traffic on the ring road is expected to ease, the council said.</p>"
          + "</article></body></html>";

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return VeracityCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void extractPrintsOneJsonObjectPerInputWithJsonl() throws Exception {
    Path page = Files.writeString(dir.resolve("bridge.html"), PAGE);

    int exit = run("extract", "--jsonl", page.toString());

    assertThat(exit).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString().strip());
    assertThat(json.get("source").asText()).isEqualTo(page.toString());
    assertThat(json.get("title").asText()).isEqualTo("Bridge reopens");
    assertThat(json.get("body").asText())
        .isEqualTo(
            "The old bridge reopened on Friday, after two years of repairs, to cars and"
                + " cyclists.\n\nTraffic on the ring road is expected to ease, the council said.");
    assertThat(json.get("paragraphs")).hasSize(2);
    assertThat(json.get("comments")).isEmpty();
  }

  @Test
  void extractReadsGzippedFilesFoundInADirectory() throws Exception {
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(dir.resolve("a.html.gz")))) {
      gz.write(PAGE.getBytes(StandardCharsets.UTF_8));
    }

    int exit = run("extract", "--jsonl", dir.toString());

    assertThat(exit).isZero();
    assertThat(out.toString().strip().lines()).hasSize(1);
    assertThat(new ObjectMapper().readTree(out.toString()).get("language").asText())
        .isEqualTo("en");
  }

  @Test
  void extractReportsAMissingFileWithExitCodeOne() {
    int exit = run("extract", dir.resolve("missing.html").toString());

    assertThat(exit).isEqualTo(VeracityCli.EXIT_INPUT_ERROR);
    assertThat(err.toString()).startsWith("veracity: " + dir.resolve("missing.html") + ": ");
  }

  @Test
  void evaluateExtractionScoresAPerfectPageAsOne() throws Exception {
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(dir.resolve("p1.html.gz")))) {
      gz.write(PAGE.getBytes(StandardCharsets.UTF_8));
    }
    Path truth =
        Files.writeString(
            dir.resolve("truth.json"),
            "{\"p1\": {\"articleBody\": \"The old bridge reopened on Friday, after two years of"
                + " repairs, to cars and cyclists.\\nTraffic on the ring road is expected to ease,"
                + " the council said.\"}, \"absent\": {\"articleBody\": \"x\"}}");

    int exit =
        run(
            "evaluate",
            "extraction",
            "--pages",
            dir.toString(),
            "--truth",
            truth.toString(),
            "--json");

    assertThat(exit).isZero();
    assertThat(out.toString().strip())
        .isEqualTo("{\"f1\":1.0,\"precision\":1.0,\"recall\":1.0,\"accuracy\":1.0,\"pages\":1}");
  }
}
