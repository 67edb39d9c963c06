package dev.veracity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.veracity.report.ReportJson;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateMatchingCommandTest {

  @TempDir Path dir;

  private String out;
  private String err;

  private int run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    CliEnvironment environment =
        new CliEnvironment(new ByteArrayInputStream(new byte[0]), Map.of(), dir);
    int code = VeracityCli.run(args, environment, new PrintWriter(o), new PrintWriter(e));
    out = o.toString();
    err = e.toString();
    return code;
  }

  @Test
  void matchingScoresTheStoreAgainstQrelsWithTheDocumentedJsonKeys() throws Exception {
    Path reviews =
        Files.writeString(
            dir.resolve("reviews.jsonl"),
            "{\"id\": \"d1\", \"claim\": \"Barack Obama was born in Kenya.\", \"reviewer\": \"R\"}\n"
                + "{\"id\": \"d2\", \"claim\": \"5G towers spread the coronavirus.\","
                + " \"reviewer\": \"R\"}\n");
    Path queries =
        Files.writeString(
            dir.resolve("q.jsonl"),
            "{\"id\": \"q1\", \"text\": \"Obama born in Kenya?\"}\n"
                + "{\"id\": \"q2\", \"text\": \"coronavirus is spread by 5G masts\"}\n");
    Path qrels = Files.writeString(dir.resolve("q.qrels"), "q1 0 d1 1\nq2 0 d2 1\n");
    String home = dir.resolve("home").toString();
    assertThat(run("factchecks", "import", "--home", home, "--format", "jsonl", reviews.toString()))
        .as(err)
        .isEqualTo(0);

    int code =
        run(
            "evaluate",
            "matching",
            "--home",
            home,
            "--queries",
            queries.toString(),
            "--qrels",
            qrels.toString(),
            "--json");

    assertThat(code).as(err).isEqualTo(0);
    JsonNode json = ReportJson.parse(out);
    assertThat(json.get("queries").asInt()).isEqualTo(2);
    assertThat(json.get("map_at_1").asDouble()).isEqualTo(1.0);
    assertThat(json.get("map_at_5").asDouble()).isEqualTo(1.0);
    assertThat(json.get("mrr").asDouble()).isEqualTo(1.0);
    assertThat(json.get("recall_at_5").asDouble()).isEqualTo(1.0);
    assertThat(json.get("recall_at_20").asDouble()).isEqualTo(1.0);
  }

  @Test
  void matchingWithoutQueriesOrSplitIsAUsageError() {
    assertThat(run("evaluate", "matching", "--home", dir.toString())).isEqualTo(2);
    assertThat(err).contains("give --queries and --qrels, or --checkthat train|dev");
  }

  @Test
  void importOfAnUnknownFormatIsAUsageError() {
    assertThat(run("factchecks", "import", "--home", dir.toString(), "--format", "xml", "x"))
        .isEqualTo(2);
    assertThat(err).contains("format must be one of [claimreview");
  }
}
