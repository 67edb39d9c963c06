package dev.veracity.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DigitGatedCueDetectorTest {

  /** Fires on every sentence, so that only the gate decides. */
  private static final CueDetector ALWAYS =
      new CueDetector() {
        @Override
        public String id() {
          return "always";
        }

        @Override
        public List<Cue> detect(String sentence) {
          return List.of(new Cue("always", "fired", Optional.empty()));
        }
      };

  @Test
  void aSentenceWithoutAnAsciiDigitGetsNoCues() {
    assertThat(new DigitGatedCueDetector(ALWAYS).detect("Sales rose by ٣ or ３ percent.")).isEmpty();
  }

  @Test
  void aSentenceWithAnAsciiDigitGetsTheWrappedDetectorsCues() {
    assertThat(new DigitGatedCueDetector(ALWAYS).detect("Sales rose by 3 percent."))
        .containsExactly(new Cue("always", "fired", Optional.empty()));
  }

  @Test
  void theGatedDetectorKeepsTheWrappedId() {
    assertThat(new DigitGatedCueDetector(ALWAYS).id()).isEqualTo("always");
  }

  @Test
  void javaDigitClassesMatchOnlyAsciiDigitsSoGatingADigitPatternLosesNothing() {
    PatternCueDetector number =
        new PatternCueDetector("number", "contains a number", Pattern.compile("\\d+"), Set.of());

    assertThat(number.detect("٣ ３ ৩ 𝟑")).isEmpty();
  }
}
