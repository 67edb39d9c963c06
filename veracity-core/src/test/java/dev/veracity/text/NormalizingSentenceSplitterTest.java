package dev.veracity.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NormalizingSentenceSplitterTest {

  private static final SentenceSplitter SPLITTER = NormalizingSentenceSplitter.standard();

  private static List<String> sentences(String text) {
    return SPLITTER.split(text).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void sentencesAreSpansOfTheOriginalText() {
    String text =
        "He said &ldquo;no&rdquo;.\u00A0Then he left\u2026 Was it\u200B over? It\u2019s Jan.\u00A05"
            + " now.";

    assertThat(sentences(text))
        .containsExactly(
            "He said &ldquo;no&rdquo;.",
            "Then he left\u2026",
            "Was it\u200B over?",
            "It\u2019s Jan.\u00A05 now.");
  }

  @Test
  void crlfBlankLineSeparatesParagraphs() {
    assertThat(sentences("Headline here\r\n\r\nBody text goes on.\r\n"))
        .containsExactly("Headline here", "Body text goes on.");
  }

  @Test
  void splitInsideAnExpandedEllipsisMergesIntoOneOriginalSentence() {
    SentenceSplitter splitsEveryPeriod =
        text -> {
          List<Span> spans = new ArrayList<>();
          int start = 0;
          for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '.') {
              spans.add(new Span(start, i + 1));
              start = i + 1;
            }
          }
          return spans;
        };
    NormalizingSentenceSplitter splitter =
        new NormalizingSentenceSplitter(TextNormalizer.standard(), splitsEveryPeriod);
    String text = "Wait\u2026 no.";

    assertThat(splitter.split(text).stream().map(s -> s.of(text)))
        .containsExactly("Wait\u2026", "no.");
  }
}
