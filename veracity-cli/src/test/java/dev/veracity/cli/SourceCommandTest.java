package dev.veracity.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.veracity.report.ReportJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The source command run in-process, on small lists written here and on the public lists. */
class SourceCommandTest {

  @TempDir Path dir;

  private String out;
  private String err;

  private int run(Map<String, String> env, String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    CliEnvironment environment =
        new CliEnvironment(new ByteArrayInputStream(new byte[0]), env, dir);
    int code = VeracityCli.run(args, environment, new PrintWriter(o), new PrintWriter(e));
    out = o.toString();
    err = e.toString();
    return code;
  }

  /** A datasets folder with one OpenSources row and one MBFC row per version. */
  private Path lists() throws IOException {
    Path datasets = dir.resolve("datasets");
    Files.createDirectories(datasets.resolve("opensources"));
    Files.writeString(
        datasets.resolve("opensources/sources.csv"),
        ",type,2nd type,3rd type,Source Notes (things to know?),\n"
            + "yournewswire.com,clickbait,junksci,,,\n");
    for (String version : new String[] {"acl2020", "emnlp18"}) {
      Files.createDirectories(datasets.resolve("mbfc-baly/" + version));
      Files.writeString(
          datasets.resolve("mbfc-baly/" + version + "/corpus.tsv"),
          "source_url\tsource_url_normalized\tref\tfact\tbias\n"
              + "http://www.example-news.com/\texample-news.com\thttp://mbfc/x/\thigh\tcenter\n");
    }
    return datasets;
  }

  private String datasetsOrSkip() {
    String datasets = System.getProperty("veracity.datasets", "");
    assumeTrue(
        !datasets.isEmpty() && Files.isDirectory(Path.of(datasets, "opensources")),
        "public source lists not found under '" + datasets + "'; skipping");
    return datasets;
  }

  @Test
  void realListsRateYourNewsWireAsJson() {
    String datasets = datasetsOrSkip();

    assertThat(run(Map.of(), "source", "www.yournewswire.com", "--json", "--datasets", datasets))
        .isEqualTo(0);
    JsonNode result = ReportJson.parse(out);
    assertThat(result.get("schema").asText()).isEqualTo("veracity.source/1");
    assertThat(result.get("input").asText()).isEqualTo("www.yournewswire.com");
    assertThat(result.get("domain").asText()).isEqualTo("yournewswire.com");
    assertThat(result.get("rated").asBoolean()).isTrue();
    assertThat(result.get("verdict").get("category").asText())
        .isEqualTo("conspiracy_pseudoscience");
    assertThat(result.get("verdict").get("basis").asText()).isEqualTo("opensources/v2.1.0");
    JsonNode rating = result.get("ratings").get(0);
    assertThat(rating.get("original_labels").toString()).isEqualTo("[\"clickbait\",\"junksci\"]");
    assertThat(rating.get("snapshot").get("date").asText()).isEqualTo("2017-04-28");
    assertThat(rating.get("snapshot").get("sha256").get("sources.csv").asText())
        .isEqualTo("47221dbe49a118f5a73f178f4748e7e05df99ccf46af239f8ff4043a91a918af");
    assertThat(err).isEmpty();
  }

  @Test
  void textNamesTheDomainVerdictAndEveryList() throws IOException {
    Path datasets = lists();

    assertThat(
            run(
                Map.of(),
                "source",
                "https://m.yournewswire.com/a",
                "--datasets",
                datasets.toString()))
        .isEqualTo(0);
    assertThat(out)
        .isEqualTo(
            "== https://m.yournewswire.com/a\n"
                + "Domain:   yournewswire.com (site m.yournewswire.com/a)\n"
                + "Verdict:  conspiracy_pseudoscience (basis: opensources/unknown unknown)\n"
                + "Lists:\n"
                + "  opensources/unknown unknown: conspiracy_pseudoscience [clickbait, junksci]"
                + " (sources.csv:2)\n"
                + "  mbfc-baly/acl2020 2020: not rated\n"
                + "  mbfc-baly/emnlp18 2018: not rated\n");
  }

  @Test
  void unknownDomainIsNotRatedRatherThanReliable() throws IOException {
    Path datasets = lists();

    assertThat(run(Map.of(), "source", "unknown-site.org", "--datasets", datasets.toString()))
        .isEqualTo(0);
    assertThat(out).contains("Verdict:  not rated by any loaded list\n");
  }

  @Test
  void datasetsFolderComesFromTheEnvironmentWhenNoFlagIsGiven() throws IOException {
    Path datasets = lists();

    run(Map.of("VERACITY_DATASETS", datasets.toString()), "source", "--json", "example-news.com");

    assertThat(ReportJson.parse(out).get("verdict").get("category").asText()).isEqualTo("reliable");
  }

  @Test
  void overridesInTheHomeWin() throws IOException {
    Path datasets = lists();
    Path home = dir.resolve("home");
    Files.createDirectories(home.resolve("sources"));
    Files.writeString(
        home.resolve("sources/overrides.csv"),
        "domain,category,bias,reason,date,author\n"
            + "yournewswire.com,unreliable,,Renamed to newspunch.com,2024-01-02,desk\n");

    run(
        Map.of(),
        "source",
        "--json",
        "yournewswire.com",
        "--datasets",
        datasets.toString(),
        "--home",
        home.toString());

    JsonNode verdict = ReportJson.parse(out).get("verdict");
    assertThat(verdict.get("category").asText()).isEqualTo("unreliable");
    assertThat(verdict.get("basis").asText()).startsWith("overrides/sha256:");
    assertThat(verdict.get("lists_disagree").asBoolean()).isTrue();
  }

  @Test
  void ipAddressIsAnInputErrorAndOtherInputsAreStillRated() throws IOException {
    Path datasets = lists();

    assertThat(
            run(
                Map.of(),
                "source",
                "--json",
                "10.1.2.3",
                "yournewswire.com",
                "--datasets",
                datasets.toString()))
        .isEqualTo(1);
    JsonNode results = ReportJson.parse(out);
    assertThat(results.get(0).get("error").get("code").asText()).isEqualTo("not_a_domain");
    assertThat(results.get(1).get("rated").asBoolean()).isTrue();
    assertThat(err).isEqualTo("veracity: 10.1.2.3: not a domain: an IP address\n");
  }

  @Test
  void missingListsAreAnInputError() {
    assertThat(run(Map.of(), "source", "x.com", "--datasets", dir.resolve("none").toString()))
        .isEqualTo(1);
    assertThat(err)
        .startsWith("veracity: source lists: OpenSources list not found: ")
        .endsWith("(datasets folder: --datasets or $VERACITY_DATASETS)\n");
  }

  @Test
  void statsCountEveryListByCategory() throws IOException {
    Path datasets = lists();

    assertThat(run(Map.of(), "source", "--stats", "--datasets", datasets.toString())).isEqualTo(0);
    assertThat(out)
        .contains(
            "opensources/unknown unknown: 1 rated, 0 rows skipped or merged;",
            "  reliable 0, mixed 0, unreliable 0, satire 0, state_media 0,"
                + " conspiracy_pseudoscience 1\n");
  }

  @Test
  void noDomainIsAUsageError() {
    assertThat(run(Map.of(), "source")).isEqualTo(2);
    assertThat(err).startsWith("veracity: no domain or URL given (or use --stats)\n");
  }
}
