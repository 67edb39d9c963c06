package dev.veracity.factcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RatingTest {

  @Test
  void pantsFireWithHyphenAndCapitalsIsFalse() {
    assertThat(Rating.normalise("Pants-Fire")).isEqualTo(Rating.FALSE);
  }

  @Test
  void barelyTrueIsMostlyFalse() {
    assertThat(Rating.normalise("barely-true")).isEqualTo(Rating.MOSTLY_FALSE);
  }

  @Test
  void snopesMixtureIsMixed() {
    assertThat(Rating.normalise("mixture")).isEqualTo(Rating.MIXED);
  }

  @Test
  void miscaptionedIsOffTheScale() {
    assertThat(Rating.normalise("Miscaptioned")).isEqualTo(Rating.OTHER);
  }

  @Test
  void unknownTextIsOther() {
    assertThat(Rating.normalise("Four Pinocchios and a half")).isEqualTo(Rating.OTHER);
  }

  @Test
  void blankTextIsUnrated() {
    assertThat(Rating.normalise("  ")).isEqualTo(Rating.UNRATED);
  }

  @Test
  void trailingFullStopIsIgnored() {
    assertThat(Rating.normalise("Mostly true.")).isEqualTo(Rating.MOSTLY_TRUE);
  }

  @Test
  void numericRatingOnAOneToFiveScaleMapsByBins() {
    assertThat(Rating.fromScale(1, 1, 5)).isEqualTo(Rating.FALSE);
    assertThat(Rating.fromScale(3, 1, 5)).isEqualTo(Rating.MIXED);
    assertThat(Rating.fromScale(5, 1, 5)).isEqualTo(Rating.TRUE);
  }

  @Test
  void numericRatingOutsideTheScaleIsRejected() {
    assertThatThrownBy(() -> Rating.fromScale(6, 1, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value must be in [1.0, 5.0], got 6.0");
  }

  @Test
  void idRoundTrips() {
    assertThat(Rating.ofId(Rating.MOSTLY_FALSE.id())).isEqualTo(Rating.MOSTLY_FALSE);
  }
}
