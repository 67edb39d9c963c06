package dev.veracity.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NormalizedTextPropertyTest {

  private static final TextNormalizer STANDARD = TextNormalizer.standard();

  @Test
  void everyNormalisedCharacterMapsToANonEmptyOriginalRangeThatNeverGoesBack() {
    RandomText random = new RandomText(42);
    for (int k = 0; k < 10_000; k++) {
      String original = random.next(40);
      NormalizedText n = STANDARD.normalize(original);
      int previousStart = 0;
      int previousEnd = 0;
      for (int i = 0; i < n.text().length(); i++) {
        Span source = n.toOriginal(new Span(i, i + 1));
        if (source.length() == 0
            || source.end() > original.length()
            || source.start() < previousStart
            || source.end() < previousEnd) {
          fail("char %d maps to %s in %s", i, source, SpanChecks.escaped(original));
        }
        previousStart = source.start();
        previousEnd = source.end();
      }
    }
  }

  static Stream<NormalizationStep> standardSteps() {
    return TextNormalizer.standard().steps().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("standardSteps")
  void eachStepAloneKeepsEveryCharacterMappedToANonEmptyOriginalRange(NormalizationStep step) {
    TextNormalizer alone = TextNormalizer.of(step);
    RandomText random = new RandomText(45);
    for (int k = 0; k < 2_000; k++) {
      String original = random.next(40);
      NormalizedText n = alone.normalize(original);
      int previousEnd = 0;
      for (int i = 0; i < n.text().length(); i++) {
        Span source = n.toOriginal(new Span(i, i + 1));
        if (source.length() == 0
            || source.end() > original.length()
            || source.end() < previousEnd) {
          fail("%s: char %d maps to %s in %s", step, i, source, SpanChecks.escaped(original));
        }
        previousEnd = source.end();
      }
    }
  }

  @Test
  void characterThatNormalisationKeepsMapsToItself() {
    RandomText random = new RandomText(43);
    for (int k = 0; k < 10_000; k++) {
      String original = random.next(40);
      NormalizedText n = STANDARD.normalize(original);
      for (int i = 0; i < n.text().length(); i++) {
        Span source = n.toOriginal(new Span(i, i + 1));
        if (source.length() == 1 && n.toOriginal(i) == source.start()) {
          char c = original.charAt(source.start());
          if (c >= 0x20 && c < 0x7F && c != '&') {
            if (n.text().charAt(i) != c) {
              fail("char %d is not '%s' in %s", i, c, SpanChecks.escaped(original));
            }
          }
        }
      }
    }
  }

  @Test
  void normalisingTwiceChangesNothingWhenThereAreNoEntities() {
    RandomText random = new RandomText(44);
    for (int k = 0; k < 10_000; k++) {
      String original = random.next(40).replace("&", "");
      String once = STANDARD.normalize(original).text();
      String twice = STANDARD.normalize(once).text();

      if (!twice.equals(once)) {
        fail("%s normalises to %s, then to %s", SpanChecks.escaped(original), once, twice);
      }
    }
  }

  @Test
  @Timeout(120)
  void twoMegabytesMapEndToEnd() {
    String original = new RandomText(11).large(2_000_000);
    NormalizedText n = STANDARD.normalize(original);

    assertThat(n.toOriginal(new Span(0, n.text().length())).end())
        .isLessThanOrEqualTo(original.length());
    assertThat(n.text()).doesNotContain("\u2026", "\u201C", "\r", "\u200B");
  }
}
