package dev.veracity.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixtureArticleTest {

  private static String resource(String name) throws IOException {
    try (InputStream in = FixtureArticleTest.class.getResourceAsStream(name)) {
      assertThat(in).as("test resource %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void crlfNewsArticleSplitsIntoTheListedOriginalSentences() throws IOException {
    String article = resource("news-crlf.txt");
    List<String> expected = resource("news-crlf.sentences.txt").lines().toList();

    List<String> sentences =
        NormalizingSentenceSplitter.standard().split(article).stream()
            .map(s -> s.of(article))
            .toList();

    assertThat(article).contains("\r\n");
    assertThat(sentences).containsExactlyElementsOf(expected);
  }
}
