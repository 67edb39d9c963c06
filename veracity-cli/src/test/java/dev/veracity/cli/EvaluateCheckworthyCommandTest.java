package dev.veracity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCheckworthyCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return VeracityCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void printsEachMetricWithItsInterval() throws Exception {
    Path data = dir.resolve("d.jsonl");
    Files.writeString(
        data,
        "{\"text\":\"Unemployment rose to 7.5 percent in 2009, the highest in 26 years.\",\"label\":1}\n"
            + "{\"text\":\"Thank you very much.\",\"label\":\"no\"}\n"
            + "{\"text\":\"We lost 700,000 jobs last year.\",\"label\":\"yes\"}\n"
            + "{\"text\":\"I think that's a great question?\",\"label\":0}\n");
    assertThat(run("evaluate", "checkworthy", "--data", data.toString(), "--json")).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("n").asInt()).isEqualTo(4);
    for (String k :
        new String[] {"precision", "recall", "f1", "average_precision", "roc_auc", "ece"}) {
      assertThat(json.get(k).get("value").isNumber()).as(k).isTrue();
      assertThat(json.get(k).get("ci95")).as(k).hasSize(2);
    }
    assertThat(json.get("roc_auc").get("value").asDouble()).isEqualTo(1.0);
  }

  @Test
  void theTableEndsWithTheReliabilityDiagramOfTenBins() throws Exception {
    Path data = dir.resolve("d.jsonl");
    Files.writeString(
        data,
        "{\"text\":\"We lost 700,000 jobs last year.\",\"label\":1}\n"
            + "{\"text\":\"Thank you very much.\",\"label\":0}\n");
    assertThat(run("evaluate", "checkworthy", "--data", data.toString())).isZero();
    String[] lines = out.toString().split("\n");
    int header =
        Arrays.asList(lines).indexOf("reliability (bin, count, mean score, positive rate):");
    assertThat(header).isPositive();
    assertThat(lines.length - header - 1).isEqualTo(10);
    assertThat(lines[header + 1]).startsWith("  [0.0, 0.1) ");
  }

  @Test
  void aMissingFileIsAOneLineInputError() {
    assertThat(run("evaluate", "checkworthy", "--data", dir.resolve("none.jsonl").toString()))
        .isEqualTo(1);
    assertThat(err.toString().strip()).startsWith("veracity: ").doesNotContain("\n");
  }

  @Test
  void aMalformedFileIsAOneLineInputError() throws Exception {
    Path data = dir.resolve("bad.jsonl");
    Files.writeString(data, "not json\n");
    assertThat(run("evaluate", "checkworthy", "--data", data.toString())).isEqualTo(1);
    assertThat(err.toString().strip()).contains("bad.jsonl:1").doesNotContain("\n");
  }

  @Test
  void trainingWithAnUnknownSentenceEncoderIsAUsageError() {
    assertThat(
            run(
                "train",
                "checkworthy",
                "--datasets",
                dir.toString(),
                "--out",
                dir.resolve("m.json").toString(),
                "--vectors",
                "glove"))
        .isEqualTo(VeracityCli.EXIT_USAGE);
    assertThat(err.toString())
        .contains("--vectors must be one of [none, minilm, bge, e5], got glove");
  }

  @Test
  void trainingWithAnUnknownClassWeightingIsAUsageError() {
    assertThat(
            run(
                "train",
                "checkworthy",
                "--datasets",
                dir.toString(),
                "--out",
                dir.resolve("m.json").toString(),
                "--class-weighting",
                "pooled;per-source:checkthat2019=-1"))
        .isEqualTo(VeracityCli.EXIT_USAGE);
    assertThat(err.toString()).contains("the scale of checkthat2019 must be positive, got -1.0");
    assertThat(Files.exists(dir.resolve("m.json"))).isFalse();
  }
}
