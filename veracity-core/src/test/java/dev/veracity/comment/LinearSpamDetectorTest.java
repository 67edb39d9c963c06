package dev.veracity.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.veracity.claim.Cue;
import dev.veracity.model.InvalidModelException;
import dev.veracity.model.LinearTextModel;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LinearSpamDetectorTest {

  private static LinearSpamDetector detector;

  @BeforeAll
  static void load() throws InvalidModelException {
    detector = LinearSpamDetector.withDefaultModel();
  }

  @Test
  void aChannelPlugWithALinkIsSpam() {
    SpamScore s = detector.score("Check out my channel http://x.co");
    assertThat(s.spam()).isTrue();
    assertThat(s.probability()).isGreaterThan(0.9);
    assertThat(s.cues()).extracting(Cue::id).containsExactly("self_promotion", "link");
    assertThat(s.contributions()).isNotEmpty().hasSizeLessThanOrEqualTo(6);
  }

  @Test
  void anOrdinaryCommentIsNotSpam() {
    SpamScore s = detector.score("I love this song, it reminds me of summer 2012");
    assertThat(s.spam()).isFalse();
    assertThat(s.probability()).isLessThan(0.5);
  }

  @Test
  void theSameCommentAlwaysGetsTheSameScore() throws InvalidModelException {
    String c = "Subscribe to my channel for FREE gift cards!!!!";
    assertThat(detector.score(c)).isEqualTo(detector.score(c));
    assertThat(SpamDetector.withDefaultModel().score(c)).isEqualTo(detector.score(c));
  }

  @Test
  void emptyTextGetsAValidScoreWithoutCues() {
    SpamScore s = detector.score("");
    assertThat(s.probability()).isBetween(0.0, 1.0);
    assertThat(s.cues()).isEmpty();
  }

  @Test
  void aHugeCommentIsScoredOnItsCappedPrefix() {
    String huge = "buy cheap followers www.spam.example.com ".repeat(50_000);
    SpamScore s = detector.score(huge);
    assertThat(s.spam()).isTrue();
    assertThat(s.cues())
        .allSatisfy(
            c ->
                assertThat(c.span().orElseThrow().end())
                    .isLessThanOrEqualTo(LinearSpamDetector.MAX_CHARS));
  }

  @Test
  void randomUnicodeAlwaysGetsAProbabilityWithSpansInsideTheText() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 300; i++) {
      StringBuilder b = new StringBuilder();
      int len = random.nextInt(0, 80);
      for (int k = 0; k < len; k++) {
        b.append((char) random.nextInt(0, 0x10000));
      }
      String text = b.toString();
      SpamScore s = detector.score(text);
      assertThat(s.probability()).isBetween(0.0, 1.0);
      for (Cue c : s.cues()) {
        assertThat(c.span().orElseThrow().end()).isLessThanOrEqualTo(text.length());
      }
    }
  }

  @Test
  void theModelSurvivesAJsonRoundTrip() throws Exception {
    LinearTextModel m = detector.model();
    String json = LinearSpamDetector.MODEL_FORMAT.toJson(m);
    LinearTextModel back =
        LinearSpamDetector.MODEL_FORMAT.read(
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    assertThat(LinearSpamDetector.MODEL_FORMAT.toJson(back)).isEqualTo(json);
    assertThat(back.weights()).isEqualTo(m.weights());
    assertThat(back.calibration()).isEqualTo(m.calibration());
    assertThat(back.features()).isEqualTo(m.features());
  }

  @Test
  void theDefaultModelRecordsItsProvenance() {
    Map<String, Object> p = detector.model().provenance();
    assertThat(p).containsKeys("created", "trainer", "data", "hyperparameters", "seed", "versions");
    Map<String, Object> files = map(map(p.get("data")).get("files"));
    assertThat(files).containsKey("youtube-spam/Youtube01-Psy.csv");
    assertThat(map(files.get("youtube-spam/Youtube01-Psy.csv")).get("sha256"))
        .isEqualTo("19797e6c77690e3c8809cfd2853ae7341390636367ba66cf5d4f4083f0b88535");
    assertThat(map(p.get("hyperparameters"))).containsKeys("C", "solver", "calibration");
    assertThat(map(p.get("metrics"))).containsKey("split");
    assertThat(detector.describe()).startsWith("LinearSpamDetector(veracity-comment-spam-linear/1");
  }

  private static Map<String, Object> map(Object o) {
    Map<String, Object> m = new LinkedHashMap<>();
    ((Map<?, ?>) o).forEach((k, v) -> m.put(String.valueOf(k), v));
    return m;
  }

  @Test
  void theDefaultModelFileIsWellUnderOneMegabyte() {
    assertThat(LinearSpamDetector.MODEL_FORMAT.toJson(detector.model()).length())
        .isLessThan(500_000);
  }

  @Test
  void aModelWithOtherDenseFeaturesIsRejected() {
    LinearTextModel m = detector.model();
    LinearTextModel other =
        new LinearTextModel(
            m.format(),
            m.features(),
            List.of("cue:link"),
            m.bias(),
            m.weights(),
            m.calibration(),
            m.threshold(),
            m.labels(),
            m.provenance());
    assertThatThrownBy(() -> new LinearSpamDetector(other))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("differ");
  }

  @Test
  void aFileOfAnotherFormatIsAnInvalidModel() {
    String json = "{\"format\":\"veracity-checkworthy-linear/1\"}";
    assertThatThrownBy(
            () ->
                LinearSpamDetector.MODEL_FORMAT.read(
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(InvalidModelException.class);
  }
}
