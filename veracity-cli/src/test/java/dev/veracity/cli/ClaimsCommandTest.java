package dev.veracity.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.veracity.claim.CheckworthinessCues;
import dev.veracity.claim.ClaimFeaturizer;
import dev.veracity.claim.LinearClaimDetector;
import dev.veracity.embed.SentenceEncoder;
import dev.veracity.feature.FeatureConfig;
import dev.veracity.model.PlattCalibration;
import dev.veracity.model.SparseWeights;
import dev.veracity.report.ReportJson;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The claims command run in-process. */
class ClaimsCommandTest {

  private static final String ARTICLE =
      "Council approves new bridge\n\n"
          + "The city council voted 7 to 2 on Tuesday to spend $4.5 million on a new bridge.\n\n"
          + "I think it looks lovely.\n\n"
          + "Leave a Reply\n";

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

  @Test
  void factualSentenceWithCountsAndMoneyRanksAboveAnOpinion() {
    assertThat(run(ARTICLE, "claims", "--json", "-")).isZero();

    JsonNode json = ReportJson.parse(out);
    assertThat(json.get("schema").asText()).isEqualTo("veracity.claims/1");
    JsonNode first = json.get("article").get(0);
    assertThat(first.get("text").asText())
        .isEqualTo(
            "The city council voted 7 to 2 on Tuesday to spend $4.5 million on a new bridge.");
    assertThat(ARTICLE.substring(first.get("start").asInt(), first.get("end").asInt()))
        .isEqualTo(first.get("text").asText());
    List<String> order = new ArrayList<>();
    json.get("article").forEach(c -> order.add(c.get("text").asText()));
    assertThat(order.indexOf("I think it looks lovely."))
        .isGreaterThan(order.indexOf(first.get("text").asText()));
    assertThat(order).doesNotContain("Leave a Reply");
  }

  @Test
  void topLimitsTheArticleClaimsListed() {
    assertThat(run(ARTICLE, "claims", "--json", "--top", "1", "-")).isZero();

    assertThat(ReportJson.parse(out).get("article")).hasSize(1);
  }

  @Test
  void topBelowOneIsAUsageError() {
    assertThat(run(ARTICLE, "claims", "--top", "0", "-")).isEqualTo(VeracityCli.EXIT_USAGE);
    assertThat(err).contains("--top must be >= 1, got 0");
  }

  @Test
  void exampleArticleRanksTheFoundingYearAndCeasefireDateAmongTopClaimsAndNoCommentInTheArticle()
      throws Exception {
    Path example =
        Path.of(System.getProperty("veracity.datasets", "../shared/datasets"))
            .resolveSibling("examples")
            .resolve("000_d24af7c00431189a.txt");
    assumeTrue(Files.isRegularFile(example), "example article missing: " + example);

    assertThat(run("", "claims", "--json", example.toString())).isZero();

    JsonNode json = ReportJson.parse(out);
    List<String> top = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      top.add(json.get("article").get(i).get("text").asText());
    }
    assertThat(top)
        .contains(
            "The anti-Daesh military alliance was created in 2014 and consists of 45"
                + " member-countries.",
            "The ceasefire was brokered by\u00a0the US and Russia on\u00a0February, 27, 2016.");
    json.get("article")
        .forEach(c -> assertThat(c.get("kind").asText()).isIn("title", "body", "quote"));
    assertThat(json.get("comments")).isNotEmpty();
    json.get("comments").forEach(c -> assertThat(c.get("kind").asText()).isEqualTo("comment"));
  }

  @Test
  void aClaimModelFileScoresTheClaimsAndIsNamedInTheComponents() throws Exception {
    Path model = dir.resolve("model.json");
    LinearClaimDetector.MODEL_FORMAT.write(LinearClaimDetector.MODEL_FORMAT.readDefault(), model);
    assertThat(run(ARTICLE, "claims", "--json", "-")).isZero();
    JsonNode builtIn = ReportJson.parse(out).get("article");

    assertThat(run(ARTICLE, "claims", "--json", "--claim-model", model.toString(), "-")).isZero();

    JsonNode json = ReportJson.parse(out);
    assertThat(json.get("article")).isEqualTo(builtIn);
    List<String> models = new ArrayList<>();
    json.get("components")
        .forEach(
            c -> {
              if (c.get("role").asText().equals("claim-model")) {
                models.add(c.get("name").asText());
              }
            });
    assertThat(models).hasSize(1);
    assertThat(models.get(0)).startsWith(model + " LinearClaimDetector");
  }

  @Test
  void aClaimModelNeedingAnUnknownSentenceEncoderIsAnInputError() throws Exception {
    SentenceEncoder other =
        new SentenceEncoder() {
          @Override
          public int dimension() {
            return 1;
          }

          @Override
          public float[] encode(String text) {
            return new float[] {1f};
          }

          @Override
          public String name() {
            return "other-encoder";
          }

          @Override
          public String provenance() {
            return "test";
          }
        };
    FeatureConfig config = FeatureConfig.defaults().withHashBits(8);
    ClaimFeaturizer featurizer =
        new ClaimFeaturizer(config, CheckworthinessCues.standard(), Optional.of(other));
    Path model = dir.resolve("other.json");
    LinearClaimDetector.MODEL_FORMAT.write(
        LinearClaimDetector.MODEL_FORMAT.model(
            config,
            featurizer.denseNames(),
            0.0,
            new SparseWeights(new int[0], new double[0]),
            PlattCalibration.identity(),
            0.5,
            Map.of()),
        model);

    assertThat(run(ARTICLE, "claims", "--claim-model", model.toString(), "-"))
        .isEqualTo(VeracityCli.EXIT_INPUT_ERROR);
    assertThat(err).contains("needs sentence encoder other-encoder");
  }
}
