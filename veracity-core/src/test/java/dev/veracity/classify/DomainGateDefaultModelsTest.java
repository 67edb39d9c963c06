package dev.veracity.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veracity.model.LinearTextModel;
import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The committed default models' domain gates: each model carries one, a file without one still
 * reads, and the gates tell real foreign text from real in-domain text.
 */
class DomainGateDefaultModelsTest {

  private static Path datasets() {
    String dir = System.getProperty("veracity.datasets", "");
    return Path.of(dir.isEmpty() ? "../../shared/datasets" : dir);
  }

  @Test
  void everyDefaultModelHasAGateWithItsProvenanceAndABoundedInDomainCost() throws Exception {
    for (ModelKind kind : ModelKind.values()) {
      ReliabilityModel model = ReliabilityModelJson.readDefault(kind);
      LinearTextModel gate = model.domainGate().orElseThrow();
      assertThat(gate.format()).isEqualTo(DomainGate.FORMAT.tag());
      assertThat(gate.features()).isEqualTo(model.features());
      assertThat(gate.threshold()).isStrictlyBetween(0.0, 1.0);
      @SuppressWarnings("unchecked")
      Map<String, Object> metrics = (Map<String, Object>) gate.provenance().get("metrics");
      assertThat(((Number) metrics.get("in_domain_test_flagged")).doubleValue())
          .as("%s gate on held-out training text", kind)
          .isLessThanOrEqualTo(0.08);
      assertThat(gate.provenance().get("data").toString()).contains("sha256");
    }
  }

  @Test
  void aModelFileWrittenBeforeGatesReadsWithoutAGateAndFlagsNothingAsUnlikeTrainingText()
      throws Exception {
    ReliabilityModel model = ReliabilityModelJson.readDefault(ModelKind.STATEMENTS);
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode json = (ObjectNode) mapper.readTree(ReliabilityModelJson.toJson(model));
    json.remove("domainGate");

    ReliabilityModel old =
        ReliabilityModelJson.read(new ByteArrayInputStream(mapper.writeValueAsBytes(json)));
    ReliabilityAssessment a =
        new LinearReliabilityClassifier(old).assess("lol check out my channel and subscribe!!!");

    assertThat(old.domainGate()).isEmpty();
    assertThat(old.weights()).isEqualTo(model.weights());
    assertThat(a.inDomainProbability()).isEmpty();
    assertThat(a.outOfDomain()).doesNotContain(OutOfDomain.UNLIKE_TRAINING_TEXT);
  }

  @Test
  void aGateRoundTripsThroughTheModelFile() throws Exception {
    ReliabilityModel model = ReliabilityModelJson.readDefault(ModelKind.POSTS);
    ReliabilityModel read =
        ReliabilityModelJson.read(
            new ByteArrayInputStream(
                ReliabilityModelJson.toJson(model).getBytes(StandardCharsets.UTF_8)));

    assertThat(read.domainGate().orElseThrow().weights())
        .isEqualTo(model.domainGate().orElseThrow().weights());
    assertThat(read.domainGate().orElseThrow().threshold())
        .isEqualTo(model.domainGate().orElseThrow().threshold());
    assertThat(ReliabilityModelJson.toJson(read)).isEqualTo(ReliabilityModelJson.toJson(model));
  }

  /** The shared example article (a news article) stays in domain for the articles model. */
  @Test
  void theExampleArticleIsInDomain() throws Exception {
    Path example = datasets().resolveSibling("examples").resolve("000_d24af7c00431189a.txt");
    assumeTrue(Files.isRegularFile(example), "example article not found at " + example);
    LinearReliabilityClassifier articles =
        LinearReliabilityClassifier.withDefaultModel(ModelKind.ARTICLES);

    ReliabilityAssessment a = articles.assess(Files.readString(example));

    assertThat(a.outOfDomain()).isEmpty();
    assertThat(a.inDomainProbability().getAsDouble())
        .isGreaterThanOrEqualTo(articles.domainGate().orElseThrow().threshold());
  }

  /**
   * YouTube comments (a real kind of text no reliability model was trained on) scored the way
   * {@code check} scores a short text, by the model the router picks: most are flagged. 80 % of
   * them were outside training text of the gates, so this checks the wiring, not generalisation;
   * the held-out rates are in each gate's provenance and docs/EVALUATION.md.
   */
  @Test
  void mostYoutubeCommentsAreFlaggedThroughTheShortTextRouter() throws Exception {
    Path dir = datasets().resolve("youtube-spam");
    assumeTrue(Files.isDirectory(dir), "YouTube comments not found at " + dir + ", skipping");
    List<String> comments = new ArrayList<>();
    try (var files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
          for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().get().parse(r)) {
            comments.add(rec.get("CONTENT"));
          }
        }
      }
    }
    ShortTextRouter router = ShortTextRouter.defaults();
    Map<ModelKind, LinearReliabilityClassifier> models = new java.util.EnumMap<>(ModelKind.class);
    for (ModelKind k : ModelKind.values()) {
      models.put(k, LinearReliabilityClassifier.withDefaultModel(k));
    }
    int flagged = 0;
    for (String c : comments) {
      ReliabilityAssessment a = models.get(ModelKind.forText(c, router)).assess(c);
      if (a.outOfDomain().contains(OutOfDomain.UNLIKE_TRAINING_TEXT)) {
        flagged++;
      }
    }

    assertThat(comments).hasSizeGreaterThan(1000);
    assertThat(flagged / (double) comments.size()).isGreaterThanOrEqualTo(0.85);
  }

  /** A German news paragraph, a language no model was trained on, is out of domain. */
  @Test
  void aGermanNewsParagraphIsOutOfDomainForTheArticlesModel() throws Exception {
    String german =
        "Die Bundesregierung hat am Mittwoch einen neuen Haushaltsentwurf vorgelegt. Nach"
            + " Angaben des Finanzministeriums sollen die Ausgaben für Bildung und Forschung im"
            + " kommenden Jahr deutlich steigen, während bei der Verwaltung gespart werden soll."
            + " Die Opposition kritisierte den Entwurf als unzureichend und forderte mehr"
            + " Investitionen in die Infrastruktur. Der Bundestag wird im Herbst über den Haushalt"
            + " beraten; eine Mehrheit gilt als sicher, da die Koalitionsfraktionen bereits ihre"
            + " Zustimmung signalisiert haben. Ökonomen erwarten, dass die Neuverschuldung trotz"
            + " der Mehrausgaben sinken wird, weil die Steuereinnahmen stärker wachsen als erwartet.";
    ReliabilityAssessment a =
        LinearReliabilityClassifier.withDefaultModel(ModelKind.ARTICLES).assess(german);

    assertThat(a.tokens()).isGreaterThan(80);
    assertThat(a.outOfDomain()).isNotEmpty();
    assertThat(a.verdict()).isEqualTo(Verdict.UNCERTAIN);
  }
}
