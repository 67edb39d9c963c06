package dev.veracity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The train and evaluate reliability commands run in-process on a small file written here. */
class ReliabilityCommandsTest {

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

  /** 40 posts in 5 mixed groups: fakes shout about a hoax, real posts cite officials. */
  private Path data() throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      boolean fake = i % 2 == 0;
      String text =
          fake
              ? "Shocking hoax exposed, they lied to you about story number " + i + " !!!"
              : "Officials said on Monday that report number " + i + " was published.";
      lines.add(
          "{\"id\":\"p"
              + i
              + "\",\"text\":\""
              + text
              + "\",\"label\":\""
              + (fake ? "fake" : "real")
              + "\",\"group\":\"g"
              + i % 5
              + "\"}");
    }
    Path file = dir.resolve("posts.jsonl");
    Files.write(file, lines);
    return file;
  }

  @Test
  void evaluatePrintsEveryMetricWithAnInterval() throws IOException {
    int code =
        run(
            "evaluate",
            "reliability",
            "--data",
            data().toString(),
            "--label-map",
            "fake=unreliable,real=reliable",
            "--json",
            "--bootstrap",
            "50");

    assertThat(code).as(err).isEqualTo(0);
    JsonNode r = new ObjectMapper().readTree(out);
    assertThat(r.get("n").asInt()).isEqualTo(40);
    for (String key :
        List.of(
            "accuracy",
            "macro_f1",
            "weighted_f1",
            "f1_unreliable",
            "roc_auc",
            "average_precision",
            "ece",
            "brier",
            "uncertain_share")) {
      assertThat(r.get(key).get("ci95").size()).as(key).isEqualTo(2);
    }
  }

  /** The same 40 posts, grouped as two corpora ("a|…", "b|…") as export reliability writes. */
  private Path twoCorpora() throws IOException {
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(data())) {
      int i = Integer.parseInt(line.substring(line.indexOf("\"p") + 2, line.indexOf("\",")));
      lines.add(line.replace("\"group\":\"g", "\"group\":\"" + (i < 20 ? "a" : "b") + "|g"));
    }
    Path file = dir.resolve("corpora.jsonl");
    Files.write(file, lines);
    return file;
  }

  @Test
  void crossCorpusEvaluationReportsEachHeldOutCorpus() throws IOException {
    int code =
        run(
            "evaluate",
            "reliability",
            "--data",
            twoCorpora().toString(),
            "--label-map",
            "fake=unreliable,real=reliable",
            "--cross-corpus",
            "--kind",
            "statements",
            "--no-domain-gate",
            "--json",
            "--bootstrap",
            "20");

    assertThat(code).as(err).isEqualTo(0);
    JsonNode perGroup = new ObjectMapper().readTree(out).get("per_group");
    assertThat(perGroup.fieldNames()).toIterable().containsExactly("a", "b");
    assertThat(perGroup.get("a").get("n").asInt()).isEqualTo(20);
    assertThat(perGroup.get("b").get("roc_auc").asDouble()).isEqualTo(1.0);
  }

  @Test
  void truthfulnessTakesCharNgramsAndACGridAndReportsThem() throws IOException {
    Path data = data();
    int code =
        run(
            "evaluate",
            "truthfulness",
            "--train",
            data.toString(),
            "--data",
            data.toString(),
            "--class-field",
            "label",
            "--char-ngrams",
            "2-4",
            "--c-grid",
            "1,4",
            "--no-offsets",
            "--json",
            "--bootstrap",
            "20");

    assertThat(code).as(err).isEqualTo(0);
    JsonNode r = new ObjectMapper().readTree(out);
    assertThat(r.get("accuracy").get("value").asDouble()).isEqualTo(1.0);
    assertThat(r.get("char_ngrams").asText()).isEqualTo("2-4");
    assertThat(r.get("c_grid").toString()).isEqualTo("[1.0,4.0]");
    assertThat(r.get("class_offsets").get("fake").asDouble()).isZero();
    assertThat(r.get("selection_out_of_fold_accuracy").fieldNames())
        .toIterable()
        .noneMatch(k -> k.endsWith("offsets"));
  }

  @Test
  void truthfulnessAppendsSentenceVectorsAndEncodesEachTextOnceWithACache() throws IOException {
    Path data = data();
    Path cache = dir.resolve("vectors");
    String[] args = {
      "evaluate",
      "truthfulness",
      "--train",
      data.toString(),
      "--data",
      data.toString(),
      "--class-field",
      "label",
      "--c-grid",
      "1",
      "--no-offsets",
      "--vectors",
      "minilm",
      "--vector-scales",
      "0.5,2",
      "--vector-cache",
      cache.toString(),
      "--json",
      "--bootstrap",
      "20"
    };

    assertThat(run(args)).as(err).isEqualTo(0);
    JsonNode first = new ObjectMapper().readTree(out);
    assertThat(run(args)).as(err).isEqualTo(0);
    JsonNode second = new ObjectMapper().readTree(out);

    assertThat(first.get("vectors").asText()).isEqualTo("minilm");
    assertThat(first.get("vector_encoder").asText()).isEqualTo("all-MiniLM-L6-v2-q");
    assertThat(first.get("vector_scales").toString()).isEqualTo("[0.5,2.0]");
    assertThat(first.get("chosen_vector_scale").asDouble()).isIn(0.5, 2.0);
    assertThat(first.get("selection_out_of_fold_accuracy").fieldNames())
        .toIterable()
        .allMatch(k -> k.endsWith(",vectors=0.5") || k.endsWith(",vectors=2.0"));
    int distinct = first.get("vector_encoding").get("distinct_texts").asInt();
    assertThat(first.get("vector_encoding").get("encoded_now").asInt()).isEqualTo(distinct);
    assertThat(second.get("vector_encoding").get("encoded_now").asInt()).isZero();
    assertThat(second.get("vector_encoding").get("from_cache").asInt()).isEqualTo(distinct);
    assertThat(second.get("accuracy")).isEqualTo(first.get("accuracy"));
    assertThat(second.get("selection_out_of_fold_accuracy"))
        .isEqualTo(first.get("selection_out_of_fold_accuracy"));
  }

  @Test
  void truthfulnessWithoutVectorsSaysSoAndRejectsAnUnknownEncoder() throws IOException {
    Path data = data();
    String[] args = {
      "evaluate",
      "truthfulness",
      "--train",
      data.toString(),
      "--data",
      data.toString(),
      "--class-field",
      "label",
      "--c-grid",
      "1",
      "--no-offsets",
      "--json",
      "--bootstrap",
      "20"
    };
    assertThat(run(args)).as(err).isEqualTo(0);
    JsonNode r = new ObjectMapper().readTree(out);
    assertThat(r.get("vectors").asText()).isEqualTo("none");
    assertThat(r.has("chosen_vector_scale")).isFalse();

    Path predictions = dir.resolve("p.jsonl");
    String[] withPredictions = java.util.Arrays.copyOf(args, args.length + 2);
    withPredictions[args.length] = "--predictions";
    withPredictions[args.length + 1] = predictions.toString();
    assertThat(run(withPredictions)).as(err).isEqualTo(0);
    List<String> lines = Files.readAllLines(predictions);
    assertThat(lines).hasSize(r.get("n").asInt());
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertThat(first.get("index").asInt()).isZero();
    assertThat(first.get("predicted").asText()).isEqualTo(first.get("label").asText());

    String[] bad = java.util.Arrays.copyOf(args, args.length + 2);
    bad[args.length] = "--vectors";
    bad[args.length + 1] = "glove";
    assertThat(run(bad)).isEqualTo(VeracityCli.EXIT_USAGE);
    assertThat(err).contains("--vectors must be one of");
  }

  @Test
  void truthfulnessRejectsAMalformedCharNgramRange() throws IOException {
    Path data = data();
    int code =
        run(
            "evaluate",
            "truthfulness",
            "--train",
            data.toString(),
            "--data",
            data.toString(),
            "--class-field",
            "label",
            "--char-ngrams",
            "5");

    assertThat(code).isEqualTo(VeracityCli.EXIT_USAGE);
    assertThat(err).contains("--char-ngrams must be MIN-MAX");
  }

  @Test
  void evaluationGivesTheCoveragePrecisionCurveAndConfidentPrecision() throws IOException {
    int code =
        run(
            "evaluate",
            "reliability",
            "--data",
            data().toString(),
            "--label-map",
            "fake=unreliable,real=reliable",
            "--folds",
            "4",
            "--kind",
            "statements",
            "--no-domain-gate",
            "--json",
            "--bootstrap",
            "20");

    assertThat(code).as(err).isEqualTo(0);
    JsonNode r = new ObjectMapper().readTree(out);
    assertThat(r.get("coverage_precision")).hasSize(10);
    assertThat(r.get("coverage_precision").get(9).get("n").asInt()).isEqualTo(40);
    assertThat(r.get("confident").has("precision_unreliable")).isTrue();
  }

  @Test
  void crossValidatedEvaluationSeparatesAnEasyCorpus() throws IOException {
    int code =
        run(
            "evaluate",
            "reliability",
            "--data",
            data().toString(),
            "--label-map",
            "fake=unreliable,real=reliable",
            "--folds",
            "4",
            "--kind",
            "statements",
            "--no-domain-gate",
            "--json",
            "--bootstrap",
            "50");

    assertThat(code).as(err).isEqualTo(0);
    assertThat(new ObjectMapper().readTree(out).get("accuracy").get("value").asDouble())
        .isEqualTo(1.0);
  }

  @Test
  void trainWritesAModelFromAJsonLinesFile() throws IOException {
    Path model = dir.resolve("m.json");

    int code =
        run(
            "train",
            "reliability",
            "--data",
            data().toString(),
            "--label-map",
            "fake=unreliable,real=reliable",
            "--kind",
            "statements",
            "--no-domain-gate",
            "--out",
            model.toString());

    assertThat(code).as(err).isEqualTo(0);
    JsonNode m = new ObjectMapper().readTree(model.toFile());
    assertThat(m.get("kind").asText()).isEqualTo("statements");
    assertThat(m.get("domainGate").isNull()).isTrue();
  }

  /** A datasets directory holding a small outside pool in the shared corpora's formats. */
  private Path outsidePool() throws IOException {
    Path root = dir.resolve("outside");
    Path clickbait = Files.createDirectories(root.resolve("clickbait-chakraborty"));
    String[] names = {"clickbait_data.gz", "non_clickbait_data.gz"};
    for (int f = 0; f < 2; f++) {
      try (var out =
          new java.io.PrintStream(
              new java.util.zip.GZIPOutputStream(
                  Files.newOutputStream(clickbait.resolve(names[f]))),
              false,
              java.nio.charset.StandardCharsets.UTF_8)) {
        for (int i = 0; i < 60; i++) {
          out.print(
              (f == 0 ? "You Won't Believe What Happened To Cat " : "Council Approves Plan ")
                  + i
                  + "\n\n");
        }
      }
    }
    Path cb = Files.createDirectories(root.resolve("claimbuster-2class"));
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < 60; i++) {
      json.append(i == 0 ? "" : ",")
          .append("{\"sentence_id\":")
          .append(i)
          .append(",\"label\":0,\"text\":\"Thank you, moderator, for question ")
          .append(i)
          .append(".\"}");
    }
    Files.writeString(cb.resolve("train.json"), json.append("]"));
    Path yt = Files.createDirectories(root.resolve("youtube-spam"));
    List<String> csv = new ArrayList<>(List.of("COMMENT_ID,AUTHOR,DATE,CONTENT,CLASS"));
    for (int i = 0; i < 60; i++) {
      csv.add("c" + i + ",a,2014-01-01,lol subscribe to my channel " + i + ",1");
    }
    Files.write(yt.resolve("Youtube01-Psy.csv"), csv);
    return root;
  }

  @Test
  void trainAddsADomainGateFromTheOutsidePoolThatFlagsOutsideText() throws IOException {
    Path model = dir.resolve("gated.json");

    int code =
        run(
            "train",
            "reliability",
            "--data",
            data().toString(),
            "--label-map",
            "fake=unreliable,real=reliable",
            "--kind",
            "posts",
            "--outside-datasets",
            outsidePool().toString(),
            "--out",
            model.toString());

    assertThat(code).as(err).isEqualTo(0);
    assertThat(out).contains("domain gate: threshold");
    JsonNode gate = new ObjectMapper().readTree(model.toFile()).get("domainGate");
    assertThat(gate.get("format").asText()).isEqualTo("veracity-domain-gate-linear/1");
    assertThat(gate.get("provenance").get("data").get("files").toString())
        .contains("clickbait-chakraborty/clickbait_data.gz", "sha256");
  }

  @Test
  void crossCorpusEvaluationTrainsAGatePerFoldAndReportsItsFlagRates() throws IOException {
    int code =
        run(
            "evaluate",
            "reliability",
            "--data",
            twoCorpora().toString(),
            "--label-map",
            "fake=unreliable,real=reliable",
            "--cross-corpus",
            "--kind",
            "statements",
            "--outside-datasets",
            outsidePool().toString(),
            "--json",
            "--bootstrap",
            "20");

    assertThat(code).as(err).isEqualTo(0);
    JsonNode r = new ObjectMapper().readTree(out);
    assertThat(r.get("domain_gates").fieldNames()).toIterable().containsExactly("a", "b");
    assertThat(r.get("domain_gates").get("a").has("in_domain_test_flagged")).isTrue();
    double flagged = r.get("per_group").get("a").get("unlike_training_text_share").asDouble();
    assertThat(flagged).isBetween(0.0, 1.0);
    assertThat(r.get("per_group").get("a").get("out_of_domain_share").asDouble())
        .isGreaterThanOrEqualTo(flagged);
  }

  @Test
  void aMissingOutsidePoolIsAUsageErrorThatNamesTheWayOut() throws IOException {
    int code =
        run(
            "train",
            "reliability",
            "--data",
            data().toString(),
            "--label-map",
            "fake=unreliable,real=reliable",
            "--outside-datasets",
            dir.resolve("nowhere").toString(),
            "--out",
            dir.resolve("m.json").toString());

    assertThat(code).isEqualTo(2);
    assertThat(err).contains("--no-domain-gate");
  }

  @Test
  void aBadLabelMapIsAUsageError() throws IOException {
    int code =
        run("evaluate", "reliability", "--data", data().toString(), "--label-map", "fake=maybe");

    assertThat(code).isEqualTo(2);
    assertThat(err).contains("label map classes must be reliable or unreliable, got 'maybe'");
  }
}
