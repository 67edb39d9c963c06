package dev.veracity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.veracity.report.ReportJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check command run in-process; {@code CheckCommandIT} runs the real jar. */
class CheckCommandTest {

  @TempDir Path dir;

  private String out;
  private String err;

  private int run(String stdin, String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    CliEnvironment env =
        new CliEnvironment(
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), Map.of(), dir);
    int code = VeracityCli.run(args, env, new PrintWriter(o), new PrintWriter(e));
    out = o.toString();
    err = e.toString();
    return code;
  }

  private String file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content).toString();
  }

  @Test
  void textReportNamesTheInputAndTitle() throws IOException {
    String a = file("a.txt", "Big News\n\nSomething happened today.\n");

    assertThat(run("", "check", a)).isEqualTo(0);
    assertThat(out).startsWith("== " + a + "\n").contains("Title:    Big News\n");
    assertThat(err).isEmpty();
  }

  @Test
  void directoryIsExpandedToItsFilesInNameOrder() throws IOException {
    Files.createDirectory(dir.resolve("d"));
    file("d/b.txt", "B title\n\nBody b.");
    file("d/a.txt", "A title\n\nBody a.");
    file("d/.hidden", "not read");

    assertThat(run("", "check", "--jsonl", dir.resolve("d").toString())).isEqualTo(0);
    assertThat(out.lines().map(l -> ReportJson.parse(l).get("source").asText()))
        .containsExactly(dir.resolve("d/a.txt").toString(), dir.resolve("d/b.txt").toString());
  }

  @Test
  void inputsFromListSkipsCommentsAndBlankLines() throws IOException {
    String a = file("a.txt", "A title\n\nBody a.");
    String list = file("list.txt", "# inputs\n\n" + a + "\n  # more\n-\n");

    assertThat(run("Stdin title\n\nBody.", "check", "--jsonl", "--inputs-from", list)).isEqualTo(0);
    assertThat(out.lines().map(l -> ReportJson.parse(l).get("source").asText()))
        .containsExactly(a, "-");
  }

  @Test
  void jsonWithSeveralInputsIsAnArrayIncludingFailures() throws IOException {
    String a = file("a.txt", "A title\n\nBody a.");
    String missing = dir.resolve("missing.txt").toString();

    assertThat(run("", "check", "--json", a, missing)).isEqualTo(1);
    JsonNode results = ReportJson.parse(out);
    assertThat(results.isArray()).isTrue();
    assertThat(results.get(0).get("source").asText()).isEqualTo(a);
    assertThat(results.get(1).get("error").get("code").asText()).isEqualTo("not_found");
    assertThat(err).isEqualTo("veracity: " + missing + ": no such file\n");
  }

  @Test
  void titleUrlAndDomainFlagsReachTheReport() throws IOException {
    String a = file("a.txt", "Headline\n\nBody.");

    run("", "check", "--json", "--title", "Given", "--url", "https://ex.org/x", a);
    JsonNode input = ReportJson.parse(out).get("input");

    assertThat(input.get("title").asText()).isEqualTo("Given");
    assertThat(input.get("url").asText()).isEqualTo("https://ex.org/x");
    assertThat(input.get("domain").asText()).isEqualTo("ex.org");
  }

  @Test
  void domainFlagOverridesTheUrlHost() throws IOException {
    String a = file("a.txt", "Headline\n\nBody.");

    run("", "check", "--json", "--domain", "given.org", "--url", "https://ex.org/x", a);

    assertThat(ReportJson.parse(out).get("input").get("domain").asText()).isEqualTo("given.org");
  }

  @Test
  void urlFlagGivesTheDomainWhenNoneIsGiven() throws IOException {
    String a = file("a.txt", "Headline\n\nBody.");

    run("", "check", "--json", "--url", "https://news.example.org/x", a);

    assertThat(ReportJson.parse(out).get("input").get("domain").asText())
        .isEqualTo("news.example.org");
  }

  @Test
  void plainTextWithoutFlagsHasNoTitleUrlOrDomainInInput() throws IOException {
    String a = file("a.txt", "Headline\n\nBody.");

    run("", "check", "--json", a);
    JsonNode input = ReportJson.parse(out).get("input");

    assertThat(input.has("title") || input.has("url") || input.has("domain")).isFalse();
  }

  @Test
  void emptyDirectoryIsAnInputErrorInItsPlace() throws IOException {
    Files.createDirectory(dir.resolve("empty"));
    String a = file("a.txt", "A title\n\nBody a.");
    String empty = dir.resolve("empty").toString();

    assertThat(run("", "check", "--jsonl", empty, a)).isEqualTo(1);
    assertThat(out.lines().map(l -> ReportJson.parse(l).get("source").asText()))
        .containsExactly(empty, a);
    assertThat(err).isEqualTo("veracity: " + empty + ": directory has no files\n");
  }

  @Test
  void titleWithSeveralInputsIsAUsageError() throws IOException {
    String a = file("a.txt", "A\n\nB");
    String b = file("b.txt", "A\n\nB");

    assertThat(run("", "check", "--title", "T", a, b)).isEqualTo(2);
    assertThat(err).startsWith("veracity: --url and --title describe one article");
  }

  @Test
  void jsonAndJsonlTogetherAreAUsageError() {
    assertThat(run("", "check", "--json", "--jsonl", "-")).isEqualTo(2);
    assertThat(err)
        .isEqualTo(
            "veracity: --json and --jsonl cannot be combined\n"
                + "Try 'veracity check --help' for usage.\n");
  }

  @Test
  void noInputIsAUsageError() {
    assertThat(run("", "check")).isEqualTo(2);
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertThat(run("", "check", "--frobnicate", "-")).isEqualTo(2);
    assertThat(err).startsWith("veracity: Unknown option: '--frobnicate'");
  }

  @Test
  void missingInputListIsAnInputError() {
    String list = dir.resolve("nope.list").toString();

    assertThat(run("", "check", "--inputs-from", list)).isEqualTo(1);
    assertThat(err).isEqualTo("veracity: " + list + ": no such input list\n");
  }

  @Test
  void otherUrlSchemesAreRefused() {
    assertThat(run("", "check", "ftp://example.com/a.txt")).isEqualTo(1);
    assertThat(err)
        .isEqualTo(
            "veracity: ftp://example.com/a.txt: only http and https URLs are fetched, not ftp\n");
  }

  @Test
  void homeCommandPrintsTheResolvedHome() {
    assertThat(run("", "home", "--home", dir.resolve("h").toString())).isEqualTo(0);
    assertThat(out).isEqualTo(dir.resolve("h") + "\n");
  }

  @Test
  void homeDefaultsToDotVeracityInTheUserHome() {
    run("", "home");

    assertThat(out).isEqualTo(dir.resolve(".veracity") + "\n");
  }

  @Test
  void domainIsRatedFromThePublicListsWhenTheyAreThere() throws IOException {
    Path datasets = Path.of(System.getProperty("veracity.datasets", "../shared/datasets"));
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.isDirectory(datasets.resolve("opensources")), "shared datasets missing: " + datasets);
    String a = file("a.txt", "Big News\n\nSomething happened today.\n");

    assertThat(
            run(
                "",
                "check",
                "--json",
                "--datasets",
                datasets.toString(),
                "--url",
                "https://www.yournewswire.com/story",
                a))
        .isEqualTo(0);
    JsonNode source = ReportJson.parse(out).get("site");
    assertThat(source.get("domain").asText()).isEqualTo("yournewswire.com");
    assertThat(source.get("category").asText()).isEqualTo("conspiracy_pseudoscience");
  }

  @Test
  void missingRatingListsLeaveTheSourceUnratedWithANote() throws IOException {
    String a = file("a.txt", "Big News\n\nSomething happened today.\n");

    assertThat(
            run(
                "",
                "check",
                "--json",
                "--datasets",
                dir.resolve("none").toString(),
                "--domain",
                "yournewswire.com",
                a))
        .isEqualTo(0);
    assertThat(ReportJson.parse(out).has("site")).isFalse();
    assertThat(err).startsWith("veracity: note: sources are not rated: ");
  }

  @Test
  void commentsAreJudgedForSpamApartFromTheBody() throws IOException {
    String a =
        file(
            "wp.txt",
            "Council approves bridge\n\n"
                + "The city council voted on Tuesday to build a new bridge over the river.\n\n"
                + "2 thoughts on \u201cCouncil approves bridge\u201d\n\n"
                + "John Smith says:\nMarch 3, 2017 at 4:12 pm\n"
                + "Check out my channel http://spam.example.com subscribe for a free iphone"
                + " giveaway!!!\nReply\n\n"
                + "Mary Jones says:\nMarch 3, 2017 at 5:01 pm\n"
                + "I drive over the old bridge every day, glad they are fixing it.\nReply\n\n"
                + "Leave a Reply\n");

    assertThat(run("", "check", "--json", a)).isEqualTo(0);
    JsonNode comments = ReportJson.parse(out).get("comments");
    assertThat(comments.get("spam").asInt()).isEqualTo(1);
    assertThat(comments.get("not_spam").asInt()).isEqualTo(1);
    JsonNode first = comments.get("comments").get(0);
    assertThat(first.get("author").asText()).isEqualTo("John Smith");
    assertThat(first.get("spam").asBoolean()).isTrue();
    assertThat(first.get("cues").get(0).get("description").asText())
        .isEqualTo("promotes the writer's own channel or video: Check out my channel");
    assertThat(comments.get("comments").get(1).get("spam").asBoolean()).isFalse();
  }
}
