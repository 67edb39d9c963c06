package dev.veracity.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.veracity.comment.LinearSpamDetector;
import dev.veracity.model.Contribution;
import dev.veracity.model.InvalidModelException;
import dev.veracity.model.LinearTextModel;
import dev.veracity.model.SparseWeights;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Contract tests of the claim detector, run against the committed default model. */
class LinearClaimDetectorTest {

  private static final String ALLIANCE =
      "The anti-Daesh military alliance was created in 2014 and consists of 45 member-countries.";

  private static LinearClaimDetector detector;

  @BeforeAll
  static void load() throws InvalidModelException {
    detector = LinearClaimDetector.withDefaultModel();
  }

  @Test
  void aFactualSentenceWithADateAndACountOutscoresSmallTalk() {
    assertThat(detector.score(ALLIANCE).probability())
        .isGreaterThan(detector.score("I know right?").probability());
  }

  @Test
  void aFactualSentenceIsFlaggedAndSmallTalkIsNot() {
    assertThat(detector.score(ALLIANCE).checkWorthy()).isTrue();
    assertThat(detector.score("Thank you very much, it is great to be here.").checkWorthy())
        .isFalse();
  }

  @Test
  void scoresAreDeterministic() {
    assertThat(detector.score(ALLIANCE)).isEqualTo(detector.score(ALLIANCE));
  }

  @Test
  void scoresLieInTheUnitIntervalForRandomUnicode() {
    Random random = new Random(42);
    for (int i = 0; i < 200; i++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(80);
      for (int j = 0; j < n; j++) {
        b.appendCodePoint(random.nextInt(0x2FFFF));
      }
      String s = b.toString();
      ClaimScore score = detector.score(s);
      assertThat(score.probability()).isBetween(0.0, 1.0);
      score
          .cues()
          .forEach(c -> assertThat(c.span().orElseThrow().end()).isLessThanOrEqualTo(s.length()));
    }
  }

  @Test
  void emptyTextGetsALowValidScore() {
    ClaimScore score = detector.score("");
    assertThat(score.probability()).isBetween(0.0, 0.5);
    assertThat(score.cues()).isEmpty();
  }

  @Test
  void hugeInputIsScoredOnItsCappedPrefix() {
    String huge = "In 2014 the budget rose by 45 percent. ".repeat(50_000);
    long start = System.nanoTime();
    ClaimScore score = detector.score(huge);
    assertThat((System.nanoTime() - start) / 1e9).isLessThan(5.0);
    assertThat(score.probability()).isBetween(0.0, 1.0);
    score
        .cues()
        .forEach(
            c ->
                assertThat(c.span().orElseThrow().end())
                    .isLessThanOrEqualTo(LinearClaimDetector.MAX_CHARS));
  }

  @Test
  void contributionsNameTheMostInfluentialFeaturesLargestFirst() {
    List<Contribution> c = detector.score(ALLIANCE).contributions();
    assertThat(c).isNotEmpty().hasSizeLessThanOrEqualTo(LinearClaimDetector.TOP_CONTRIBUTIONS);
    for (int i = 1; i < c.size(); i++) {
      assertThat(Math.abs(c.get(i).weight())).isLessThanOrEqualTo(Math.abs(c.get(i - 1).weight()));
    }
  }

  @Test
  void saveAndLoadGiveIdenticalScores() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LinearClaimDetector.MODEL_FORMAT.write(detector.model(), out);
    LinearTextModel loaded =
        LinearClaimDetector.MODEL_FORMAT.read(new ByteArrayInputStream(out.toByteArray()));
    assertThat(loaded).isEqualTo(detector.model());
    LinearClaimDetector again = new LinearClaimDetector(loaded);
    for (String s : List.of(ALLIANCE, "I know right?", "", "Taxes went up 3% in 1999.")) {
      assertThat(again.score(s)).isEqualTo(detector.score(s));
    }
  }

  @Test
  void theDefaultModelRecordsItsProvenance() {
    Map<String, Object> p = detector.model().provenance();
    assertThat(p).containsKeys("created", "data", "hyperparameters", "seed", "versions", "metrics");
    assertThat(p.get("data").toString()).contains("sha256", "claimbuster-2class/train.json");
    assertThat(detector.model().labels()).containsKeys("1", "0");
  }

  @Test
  void aModelForOtherDenseFeaturesIsRefused() {
    LinearTextModel m = detector.model();
    LinearTextModel other =
        new LinearTextModel(
            m.format(),
            m.features(),
            List.of("cue:unknown"),
            m.bias(),
            new SparseWeights(new int[0], new double[0]),
            m.calibration(),
            m.threshold(),
            m.labels(),
            m.provenance());
    assertThatThrownBy(() -> new LinearClaimDetector(other))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("cue:unknown");
  }

  @Test
  void malformedJsonIsAnInvalidModel() {
    assertThatThrownBy(
            () ->
                LinearClaimDetector.MODEL_FORMAT.read(
                    new ByteArrayInputStream("{\"format\": 3}".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(InvalidModelException.class);
  }

  @Test
  void aModelOfAnotherFamilyIsRefused() throws Exception {
    LinearTextModel spam = LinearSpamDetector.MODEL_FORMAT.readDefault();
    assertThatThrownBy(() -> new LinearClaimDetector(spam))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "not a valid check-worthiness model: format must be veracity-checkworthy-linear/1, got"
                + " veracity-comment-spam-linear/1");
  }

  @Test
  void aSpamModelFileIsRefusedWhenReadAsAClaimModel() throws Exception {
    String json =
        LinearSpamDetector.MODEL_FORMAT.toJson(LinearSpamDetector.MODEL_FORMAT.readDefault());
    assertThatThrownBy(
            () ->
                LinearClaimDetector.MODEL_FORMAT.read(
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("format must be veracity-checkworthy-linear/1");
  }
}
