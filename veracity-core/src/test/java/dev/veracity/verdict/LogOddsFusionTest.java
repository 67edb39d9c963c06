package dev.veracity.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogOddsFusionTest {

  private static final UncertainBand BAND = new UncertainBand(0.38, 0.88, 0.85);

  private final LogOddsFusion fusion = new LogOddsFusion();

  @Test
  void logOddsAddUpAndTheBandReadsTheSum() {
    SignalFusion.Fused fused =
        fusion.fuse(
            List.of(
                Signal.of("text_model", "t", -0.4, "r"), Signal.of("source_rating", "s", 2.0, "r")),
            BAND,
            true);

    assertThat(fused.probabilityUnreliable()).isEqualTo(0.832);
    assertThat(fused.label()).isEqualTo(VerdictLabel.UNCERTAIN);
  }

  @Test
  void eachSignalsShareIsItsMagnitudeOverTheTotal() {
    SignalFusion.Fused fused =
        fusion.fuse(
            List.of(
                Signal.of("text_model", "t", -0.5, "r"), Signal.of("source_rating", "s", 1.5, "r")),
            BAND,
            true);

    assertThat(fused.signals()).extracting(Signal::share).containsExactly(0.25, 0.75);
  }

  @Test
  void aStrongSumIsAConfidentUnreliableVerdict() {
    SignalFusion.Fused fused =
        fusion.fuse(
            List.of(
                Signal.of("text_model", "t", 1.0, "r"), Signal.of("source_rating", "s", 2.0, "r")),
            BAND,
            true);

    assertThat(fused.label()).isEqualTo(VerdictLabel.UNRELIABLE);
  }

  @Test
  void aSatireRatingSettlesTheLabelAndTakesTheWholeShare() {
    SignalFusion.Fused fused =
        fusion.fuse(
            List.of(
                Signal.of("text_model", "t", 3.0, "r"),
                Signal.settling("source_rating", "s", VerdictLabel.SATIRE, "r")),
            BAND,
            true);

    assertThat(fused.label()).isEqualTo(VerdictLabel.SATIRE);
    assertThat(fused.signals()).extracting(Signal::share).containsExactly(0.0, 1.0);
  }

  @Test
  void anOutOfDomainTextGetsNoConfidentLabelEvenWithARatedSite() {
    SignalFusion.Fused fused =
        fusion.fuse(
            List.of(
                Signal.of("text_model", "t", 0.0, "r"), Signal.of("source_rating", "s", 2.0, "r")),
            BAND,
            false);

    assertThat(fused.label()).isEqualTo(VerdictLabel.OUT_OF_DOMAIN);
    assertThat(fused.probabilityUnreliable()).isEqualTo(0.8808);
  }

  @Test
  void signalsThatAllAbstainLeaveEvenOddsAndNoShares() {
    SignalFusion.Fused fused =
        fusion.fuse(List.of(Signal.of("text_model", "t", 0.0, "r")), BAND, true);

    assertThat(fused.probabilityUnreliable()).isEqualTo(0.5);
    assertThat(fused.signals()).extracting(Signal::share).containsExactly(0.0);
  }

  @Test
  void aTextScoreAloneIsReadAgainstTheTextModelsOwnBand() {
    UncertainBand unreachable = new UncertainBand(0.38, 1.0, 0.85);

    SignalFusion.Fused fused =
        fusion.fuse(List.of(Signal.of("text_model", "t", 2.2, "r")), unreachable, true);

    assertThat(fused.label()).isEqualTo(VerdictLabel.UNCERTAIN);
    assertThat(fused.band()).isEqualTo(unreachable);
  }

  @Test
  void otherEvidenceIsReadAgainstTheBandCappedAtTheTargetPrecision() {
    UncertainBand unreachable = new UncertainBand(0.38, 1.0, 0.85);

    SignalFusion.Fused fused =
        fusion.fuse(
            List.of(
                Signal.of("text_model", "t", 0.2, "r"), Signal.of("source_rating", "s", 2.0, "r")),
            unreachable,
            true);

    assertThat(fused.probabilityUnreliable()).isEqualTo(0.9002);
    assertThat(fused.band()).isEqualTo(new UncertainBand(0.38, 0.85, 0.85));
    assertThat(fused.label()).isEqualTo(VerdictLabel.UNRELIABLE);
  }
}
