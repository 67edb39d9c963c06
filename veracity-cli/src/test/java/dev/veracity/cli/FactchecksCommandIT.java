package dev.veracity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.veracity.report.ReportJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds a fact-check store with the shaded jar and searches it, as a user would. */
class FactchecksCommandIT {

  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private Run veracity(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(System.getProperty("veracity.jar"));
    command.addAll(List.of(args));
    Path out = dir.resolve("stdout");
    Path err = dir.resolve("stderr");
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    p.getOutputStream().close();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished within 120 s").isTrue();
    return new Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private Path fixture() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("factchecks-claimreview.json")) {
      return Files.write(dir.resolve("reviews.json"), in.readAllBytes());
    }
  }

  @Test
  void importReportsTheRejectedRecordAndSearchFindsTheObamaReviewWithRatingAndLink()
      throws Exception {
    String home = dir.resolve("home").toString();
    Run imported =
        veracity(
            "factchecks",
            "import",
            "--home",
            home,
            "--format",
            "claimreview",
            fixture().toString());
    assertThat(imported.exit()).as(imported.err()).isEqualTo(0);
    assertThat(imported.out())
        .contains("3 fact-checks read (3 added, 0 updated), 1 rejected")
        .contains("rejected reviews.json[4]: no claim");

    Run search =
        veracity(
            "factchecks", "search", "--home", home, "--json", "Barack Obama was born in Kenya");
    assertThat(search.exit()).as(search.err()).isEqualTo(0);
    JsonNode best = ReportJson.parse(search.out()).get("matches").get(0);
    assertThat(best.get("fact_check").get("url").asText())
        .isEqualTo("https://www.snopes.example/fact-check/obama-born-kenya/");
    assertThat(best.get("fact_check").get("rating").asText()).isEqualTo("false");
    assertThat(best.get("probability").asDouble()).isGreaterThan(0.5);
  }

  @Test
  void reimportingTheSameFileUpdatesInsteadOfAdding() throws Exception {
    String home = dir.resolve("home").toString();
    String file = fixture().toString();
    veracity("factchecks", "import", "--home", home, "--format", "claimreview", file);
    Run again = veracity("factchecks", "import", "--home", home, "--format", "claimreview", file);
    assertThat(again.out())
        .contains("(0 added, 3 updated)")
        .contains("store ")
        .contains(": 3 fact-checks");
  }

  @Test
  void checkWithAStoreListsTheHeadlineMatch() throws Exception {
    String home = dir.resolve("home").toString();
    veracity(
        "factchecks", "import", "--home", home, "--format", "claimreview", fixture().toString());
    Path article =
        Files.writeString(
            dir.resolve("a.txt"),
            "Obama was born in Kenya, new book claims\n\n"
                + "A new book claims that Barack Obama was born in Kenya and not in Hawaii."
                + " The author says he has seen the documents.\n");
    Run check = veracity("check", "--home", home, "--json", article.toString());
    assertThat(check.exit()).as(check.err()).isEqualTo(0);
    JsonNode section = ReportJson.parse(check.out()).get("fact_checks");
    assertThat(section.get("status").asText()).isEqualTo("loaded");
    JsonNode headline = section.get("statements").get(0);
    assertThat(headline.get("role").asText()).isEqualTo("headline");
    assertThat(headline.get("matches").get(0).get("fact_check").get("reviewer").asText())
        .isEqualTo("Snopes");
  }

  @Test
  void checkWithoutAStoreSaysNoIndexIsLoaded() throws Exception {
    Path article = Files.writeString(dir.resolve("b.txt"), "Title\n\nSome text about nothing.\n");
    Run check =
        veracity(
            "check", "--home", dir.resolve("empty-home").toString(), "--json", article.toString());
    assertThat(check.exit()).isEqualTo(0);
    assertThat(ReportJson.parse(check.out()).get("fact_checks").get("status").asText())
        .isEqualTo("no_index");
  }

  @Test
  void searchWithoutAStoreIsAnInputErrorThatSaysHowToBuildOne() throws Exception {
    Run search =
        veracity("factchecks", "search", "--home", dir.resolve("none").toString(), "anything");
    assertThat(search.exit()).isEqualTo(1);
    assertThat(search.err()).contains("no fact-check index; build one with");
  }
}
