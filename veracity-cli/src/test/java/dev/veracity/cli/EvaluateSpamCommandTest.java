package dev.veracity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateSpamCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return VeracityCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private Path data(String groupField) throws Exception {
    return Files.writeString(
        dir.resolve("d.jsonl"),
        ("{\"text\":\"Check out my channel http://x.co\",\"label\":\"spam\",\"G\":\"a\"}\n"
                + "{\"text\":\"I love this song so much\",\"label\":\"ham\",\"G\":\"a\"}\n"
                + "{\"text\":\"SUBSCRIBE to my channel for free gift cards www.win.com\","
                + "\"label\":1,\"G\":\"b\"}\n"
                + "{\"text\":\"Her voice in the second verse is amazing\",\"label\":\"no\",\"G\":\"b\"}\n"
                + "{\"text\":\"This song reminds me of summer 2012\",\"label\":0,\"G\":\"b\"}\n")
            .replace("\"G\"", "\"" + groupField + "\""));
  }

  @Test
  void printsEachMetricWithItsIntervalOverallAndPerGroup() throws Exception {
    assertThat(run("evaluate", "spam", "--data", data("group").toString(), "--json")).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("n").asInt()).isEqualTo(5);
    for (String k : new String[] {"accuracy", "precision", "recall", "f1", "roc_auc", "ece"}) {
      assertThat(json.get(k).get("value").isNumber()).as(k).isTrue();
      assertThat(json.get(k).get("ci95")).as(k).hasSize(2);
    }
    assertThat(json.get("accuracy").get("value").asDouble()).isEqualTo(1.0);
    assertThat(json.get("groups").get("a").get("n").asInt()).isEqualTo(2);
    assertThat(json.get("groups").get("b").get("n").asInt()).isEqualTo(3);
    assertThat(json.get("groups").get("b").get("spam").asInt()).isEqualTo(1);
  }

  @Test
  void theGroupFieldCanBeNamed() throws Exception {
    assertThat(
            run(
                "evaluate",
                "spam",
                "--data",
                data("video").toString(),
                "--group-field",
                "video",
                "--json"))
        .isZero();
    assertThat(new ObjectMapper().readTree(out.toString()).get("groups").fieldNames())
        .toIterable()
        .containsExactly("a", "b");
  }

  @Test
  void withoutGroupsThereIsNoPerGroupBreakdown() throws Exception {
    assertThat(run("evaluate", "spam", "--data", data("none").toString(), "--json")).isZero();
    assertThat(new ObjectMapper().readTree(out.toString()).has("groups")).isFalse();
  }

  @Test
  void aMissingFileIsAOneLineInputError() {
    assertThat(run("evaluate", "spam", "--data", dir.resolve("none.jsonl").toString()))
        .isEqualTo(1);
    assertThat(err.toString().strip()).startsWith("veracity: ").doesNotContain("\n");
  }

  @Test
  void trainingWithoutTheCorpusIsAOneLineInputError() {
    assertThat(
            run(
                "train",
                "spam",
                "--datasets",
                dir.toString(),
                "--out",
                dir.resolve("m.json").toString()))
        .isEqualTo(1);
    assertThat(err.toString().strip()).contains("youtube-spam").doesNotContain("\n");
  }
}
