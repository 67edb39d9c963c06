package dev.veracity.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class NormalizedTextPropertyTest {

  private static final TextNormalizer STANDARD = TextNormalizer.standard();

  @Test
  void everyNormalisedCharacterMapsToANonEmptyOriginalRangeThatNeverGoesBack() {
    RandomText random = new RandomText(42);
    for (int k = 0; k < 3_000; k++) {
      String original = random.next(40);
      NormalizedText n = STANDARD.normalize(original);
      int previousStart = 0;
      int previousEnd = 0;
      for (int i = 0; i < n.text().length(); i++) {
        Span source = n.toOriginal(new Span(i, i + 1));
        assertThat(source.length())
            .as("source of char %d of %s", i, SpanChecks.escaped(original))
            .isPositive();
        assertThat(source.end()).isLessThanOrEqualTo(original.length());
        assertThat(source.start()).isGreaterThanOrEqualTo(previousStart);
        assertThat(source.end()).isGreaterThanOrEqualTo(previousEnd);
        previousStart = source.start();
        previousEnd = source.end();
      }
    }
  }

  @Test
  void characterThatNormalisationKeepsMapsToItself() {
    RandomText random = new RandomText(43);
    for (int k = 0; k < 3_000; k++) {
      String original = random.next(40);
      NormalizedText n = STANDARD.normalize(original);
      for (int i = 0; i < n.text().length(); i++) {
        Span source = n.toOriginal(new Span(i, i + 1));
        if (source.length() == 1 && n.toOriginal(i) == source.start()) {
          char c = original.charAt(source.start());
          if (c >= 0x20 && c < 0x7F && c != '&') {
            assertThat(n.text().charAt(i))
                .as("char %d of %s", i, SpanChecks.escaped(original))
                .isEqualTo(c);
          }
        }
      }
    }
  }

  @Test
  void normalisingTwiceChangesNothingWhenThereAreNoEntities() {
    RandomText random = new RandomText(44);
    for (int k = 0; k < 3_000; k++) {
      String original = random.next(40).replace("&", "");
      String once = STANDARD.normalize(original).text();

      assertThat(STANDARD.normalize(once).text()).as(SpanChecks.escaped(original)).isEqualTo(once);
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
