package dev.veracity.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Contract every {@link ArticleSegmenter} must meet, checked on {@link LineRuleSegmenter}. */
class SegmenterContractTest {

  private static final long SEED = 20_161_103L;
  private static final int RANDOM_TEXTS = 2_000;
  private static final int FIVE_MB = 5 * 1024 * 1024;
  private static final List<String> FIXTURES =
      List.of("wordpress-comments.txt", "disqus-comments.txt", "no-comments.txt", "quotes.txt");

  private final ArticleSegmenter segmenter = new LineRuleSegmenter();

  @Test
  void sameInputTwiceGivesEqualOutput() {
    String text = Segmentations.fixture("wordpress-comments.txt");
    assertThat(segmenter.segment(Article.ofText(text)))
        .isEqualTo(segmenter.segment(Article.ofText(text)));
  }

  @Test
  void emptyTextHasNoSegments() {
    assertThat(segmenter.segment(Article.ofText("")).segments()).isEmpty();
  }

  @Test
  void whitespaceOnlyTextHasNoSegments() {
    assertThat(segmenter.segment(Article.ofText(" \n\t\r\n\u00a0\u2003\n  \ufeff ")).segments())
        .isEmpty();
  }

  @Test
  void fiveMegabytesOfPagesFinishAndKeepTheContract() {
    String page = String.join("\n\n", FIXTURES.stream().map(Segmentations::fixture).toList());
    String text = page.repeat(FIVE_MB / page.length() + 1);
    Segmentation segmentation =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20), () -> segmenter.segment(Article.ofText(text)));
    assertValid(text, segmentation);
    assertThat(segmentation.of(SegmentKind.COMMENT)).isNotEmpty();
  }

  @Test
  void hostileFurnitureShapedLinesFinishAndKeepTheContract() {
    String lines =
        "a told a told a told a told a told a told a told a in a in a in a in a in a:\n"
            + "x → x → x → x → x → x → x → x → x → x → x → x • x • x • 3 hours ago\n"
            + "x says x says x says x says x on May 2, 2019 x said x said x said:\n"
            + "© (c) © (c) © (c) © (c) © (c) © all rights all rights reserved\n";
    String text = lines.repeat(FIVE_MB / 10 / lines.length());
    Segmentation segmentation =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20), () -> segmenter.segment(Article.ofText(text)));
    assertValid(text, segmentation);
    assertThat(segmentation.segments()).isNotEmpty();
  }

  @Test
  void randomUnicodeKeepsTheContract() {
    Random random = new Random(SEED);
    for (int i = 0; i < RANDOM_TEXTS; i++) {
      String text = randomText(random);
      assertValid(text, segmenter.segment(Article.ofText(text)));
    }
  }

  @Test
  void segmentsOfEveryFixtureKeepTheContract() {
    for (String name : FIXTURES) {
      String text = Segmentations.fixture(name);
      assertValid(text, segmenter.segment(Article.ofText(text)));
    }
  }

  /** Segments lie inside the text, in order, without overlap, trimmed, with valid scores. */
  private static void assertValid(String text, Segmentation segmentation) {
    assertThat(segmentation.text()).isSameAs(text);
    assertThat(firstViolation(text, segmentation)).isEmpty();
  }

  /** The first broken promise, described; empty when there is none. */
  private static String firstViolation(String text, Segmentation segmentation) {
    int previousEnd = 0;
    for (Segment s : segmentation.segments()) {
      String where = "segment " + s + ": ";
      if (s.start() < previousEnd || s.end() <= s.start() || s.end() > text.length()) {
        return where + "out of order, empty or outside the text";
      }
      if (!s.text().equals(text.substring(s.start(), s.end()))) {
        return where + "text is not the substring at its offsets";
      }
      if (!s.text().equals(s.text().strip())) {
        return where + "text is not trimmed";
      }
      if (!(s.confidence() >= 0.0 && s.confidence() <= 1.0) || s.reason().isBlank()) {
        return where + "confidence outside [0, 1] or blank reason";
      }
      previousEnd = s.end();
    }
    return "";
  }

  private static final String ALPHABET =
      "ab Zé\n\n\r\t  •·-*1.2)3:“”\"'’…›»«—–\u00a0\u2028\u0000\u0007\ufeff\u200b"
          + "Reply says: Leave a Reply 12 thoughts on • 3 hours ago By Jane Share this: ";

  private static String randomText(Random random) {
    int length = random.nextInt(300);
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      int pick = random.nextInt(10);
      if (pick < 6) {
        sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      } else if (pick < 7) {
        sb.append((char) (0xD800 + random.nextInt(0x800))); // lone or paired surrogates
      } else if (pick < 8) {
        sb.appendCodePoint(0x1F300 + random.nextInt(0x300));
      } else if (pick < 9) {
        sb.append((char) random.nextInt(0x20));
      } else {
        sb.append((char) random.nextInt(0x3000));
      }
    }
    return sb.toString();
  }
}
