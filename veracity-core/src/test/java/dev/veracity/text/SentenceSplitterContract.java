package dev.veracity.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What every {@link SentenceSplitter} must do; subclasses say which one. */
abstract class SentenceSplitterContract {

  private static final String PARAGRAPH =
      "Dr. Smith said on Jan. 5 that the U.S. economy grew 3.2% last year. Critics disagreed!";

  abstract SentenceSplitter splitter();

  @Test
  void emptyTextHasNoSentences() {
    assertThat(splitter().split("")).isEmpty();
  }

  @Test
  void sameTextGivesSameSentences() {
    SentenceSplitter splitter = splitter();
    RandomText random = new RandomText(7);
    for (int i = 0; i < 200; i++) {
      String text = PARAGRAPH + random.next(30);
      assertThat(splitter.split(text)).isEqualTo(splitter.split(text));
    }
  }

  @Test
  void concurrentCallsGiveTheSameSentences() throws Exception {
    SentenceSplitter splitter = splitter();
    RandomText random = new RandomText(3);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      texts.add(PARAGRAPH + random.next(60) + PARAGRAPH);
    }
    List<List<Span>> expected = texts.stream().map(splitter::split).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Span>>> results = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (String text : texts) {
          results.add(pool.submit(() -> splitter.split(text)));
        }
      }
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get(60, TimeUnit.SECONDS)).isEqualTo(expected.get(i % 64));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void simpleParagraphSplitsInTwo() {
    assertThat(splitter().split(PARAGRAPH)).containsExactly(new Span(0, 67), new Span(68, 86));
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void twoMegabytesGiveWellFormedSentences() {
    String text = new RandomText(11).large(2_000_000);

    List<Span> sentences = splitter().split(text);

    SpanChecks.assertWellFormed(text, sentences);
    assertThat(sentences).hasSizeGreaterThan(20_000);
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void randomUnicodeGivesWellFormedSentences() {
    SentenceSplitter splitter = splitter();
    RandomText random = new RandomText(42);
    for (int i = 0; i < 10_000; i++) {
      String text = random.next(40);
      SpanChecks.assertWellFormed(text, splitter.split(text));
    }
  }
}
