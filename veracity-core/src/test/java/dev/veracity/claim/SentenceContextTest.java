package dev.veracity.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.veracity.claim.SentenceContext.Family;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SentenceContextTest {

  private static final List<String> TEXTS =
      List.of("What about jobs?", "We lost jobs.", "Many jobs.", "Thank you.", "Next question?");
  private static final double[] SCORES = {-2, 1, 3, -1, -4};
  private static final List<String> SPEAKERS = List.of("HOST", "CAND", "CAND", "CAND", "HOST");

  private static double value(double[][] rows, int i, Set<Family> families, String name) {
    return rows[i][SentenceContext.names(families).indexOf(name)];
  }

  @Test
  void everyRowHasOneValuePerNamedFeatureAndStartsWithItsOwnScore() {
    Set<Family> all = SentenceContext.all();
    double[][] rows = SentenceContext.features(TEXTS, SCORES, Optional.of(SPEAKERS), all);
    assertThat(rows).hasNumberOfRows(5);
    for (int i = 0; i < rows.length; i++) {
      assertThat(rows[i]).hasSize(SentenceContext.names(all).size());
      assertThat(rows[i][0]).isEqualTo(SCORES[i]);
    }
  }

  @Test
  void neighboursAreThePreviousAndNextScoresAndTheWindowMaximum() {
    Set<Family> f = EnumSet.of(Family.SELF, Family.NEIGHBOURS);
    double[][] rows = SentenceContext.features(TEXTS, SCORES, Optional.empty(), f);
    assertThat(value(rows, 0, f, "has_prev")).isZero();
    assertThat(value(rows, 0, f, "next")).isEqualTo(1);
    assertThat(value(rows, 2, f, "prev")).isEqualTo(1);
    assertThat(value(rows, 2, f, "next")).isEqualTo(-1);
    assertThat(value(rows, 4, f, "window_max")).isEqualTo(3);
    assertThat(value(rows, 2, f, "window_max")).isEqualTo(1);
    assertThat(value(rows, 4, f, "has_next")).isZero();
  }

  @Test
  void turnsFollowTheSpeaker() {
    Set<Family> f = EnumSet.of(Family.SELF, Family.TURN);
    double[][] rows = SentenceContext.features(TEXTS, SCORES, Optional.of(SPEAKERS), f);
    assertThat(value(rows, 1, f, "first_in_turn")).isEqualTo(1);
    assertThat(value(rows, 2, f, "first_in_turn")).isZero();
    assertThat(value(rows, 3, f, "last_in_turn")).isEqualTo(1);
    assertThat(value(rows, 2, f, "turn_position")).isEqualTo(0.5);
    assertThat(value(rows, 2, f, "log_turn_length")).isCloseTo(Math.log(3), within(1e-12));
    assertThat(value(rows, 0, f, "log_turn_length")).isZero();
    assertThat(value(rows, 2, f, "has_speakers")).isEqualTo(1);
  }

  @Test
  void aQuestionCountsWhenAnotherSpeakerAskedIt() {
    Set<Family> f = EnumSet.of(Family.SELF, Family.QUESTION);
    double[][] debate = SentenceContext.features(TEXTS, SCORES, Optional.of(SPEAKERS), f);
    assertThat(value(debate, 1, f, "after_question")).isEqualTo(1);
    List<String> oneSpeaker = List.of("A", "A", "A", "A", "A");
    double[][] monologue = SentenceContext.features(TEXTS, SCORES, Optional.of(oneSpeaker), f);
    assertThat(value(monologue, 1, f, "after_question")).isZero();
    double[][] article = SentenceContext.features(TEXTS, SCORES, Optional.empty(), f);
    assertThat(value(article, 1, f, "after_question")).isEqualTo(1);
  }

  @Test
  void speakerFeaturesCompareTheSpeakersMeanScoreWithTheDocuments() {
    Set<Family> f = EnumSet.of(Family.SELF, Family.SPEAKER, Family.DOCUMENT);
    double[][] rows = SentenceContext.features(TEXTS, SCORES, Optional.of(SPEAKERS), f);
    assertThat(value(rows, 1, f, "speaker_share")).isEqualTo(0.6);
    assertThat(value(rows, 1, f, "speaker_mean_minus_document"))
        .isCloseTo(1 - (-0.6), within(1e-12));
    assertThat(value(rows, 0, f, "speaker_mean_minus_document")).isCloseTo(-3 + 0.6, within(1e-12));
    assertThat(value(rows, 3, f, "document_mean")).isCloseTo(-0.6, within(1e-12));
  }

  @Test
  void anArticleHasNoSpeakerOrTurnFeatures() {
    Set<Family> all = SentenceContext.all();
    double[][] rows = SentenceContext.features(TEXTS, SCORES, Optional.empty(), all);
    for (double[] row : rows) {
      for (String name :
          List.of(
              "first_in_turn",
              "last_in_turn",
              "turn_position",
              "log_turn_length",
              "speaker_share",
              "speaker_mean_minus_document",
              "has_speakers")) {
        assertThat(row[SentenceContext.names(all).indexOf(name)]).as(name).isZero();
      }
    }
  }

  @Test
  void mismatchedLengthsAreRefused() {
    assertThatThrownBy(
            () ->
                SentenceContext.features(
                    TEXTS, new double[] {1, 2}, Optional.empty(), SentenceContext.all()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                SentenceContext.features(
                    TEXTS, SCORES, Optional.of(List.of("A")), SentenceContext.all()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
