package dev.veracity.html.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Comment extraction on eleven hand-written pages imitating common comment systems (WordPress
 * classic and block themes, Disqus, schema.org microdata, Drupal, a generic thread, Blogger,
 * Commento, a Hacker-News-style table, Coral Talk, and a page without comments).
 *
 * <p>A predicted comment is correct when its text equals an expected comment's text; author and
 * depth are scored over the correct ones. Floors are the measured figures (docs/EVALUATION.md).
 */
class CommentBenchmarkTest {

  private static final String DIR = "comments/";

  /** Comment-level counts over the whole set. */
  record Counts(int predicted, int expected, int correct, int rightAuthor, int rightDepth) {
    double precision() {
      return predicted == 0 ? 1 : (double) correct / predicted;
    }

    double recall() {
      return expected == 0 ? 1 : (double) correct / expected;
    }
  }

  static Counts measure() throws IOException {
    JsonNode expected;
    try (InputStream in = CommentBenchmarkTest.class.getResourceAsStream(DIR + "expected.json")) {
      expected = new ObjectMapper().readTree(in);
    }
    ArticleExtractor extractor = new DensityArticleExtractor();
    int predicted = 0;
    int total = 0;
    int correct = 0;
    int rightAuthor = 0;
    int rightDepth = 0;
    for (Map.Entry<String, JsonNode> page : expected.properties()) {
      List<PageComment> found =
          new ArrayList<>(extractor.extract(Fixtures.page(DIR + page.getKey())).comments());
      predicted += found.size();
      for (JsonNode want : page.getValue()) {
        total++;
        for (PageComment got : found) {
          if (got.text().equals(want.get("text").asText())) {
            correct++;
            if (got.author().orElse("").equals(want.get("author").asText())) {
              rightAuthor++;
            }
            if (got.depth() == want.get("depth").asInt()) {
              rightDepth++;
            }
            found.remove(got);
            break;
          }
        }
      }
    }
    return new Counts(predicted, total, correct, rightAuthor, rightDepth);
  }

  @Test
  void commentExtractionStaysAboveItsMeasuredPrecisionAndRecall() throws IOException {
    Counts counts = measure();

    assertThat(counts.expected()).isEqualTo(30);
    assertThat(counts.precision()).isGreaterThanOrEqualTo(PRECISION_FLOOR);
    assertThat(counts.recall()).isGreaterThanOrEqualTo(RECALL_FLOOR);
  }

  @Test
  void aPageWithoutCommentsYieldsNone() {
    assertThat(
            new DensityArticleExtractor()
                .extract(Fixtures.page(DIR + "11-no-comments.html"))
                .comments())
        .isEmpty();
  }

  static final double PRECISION_FLOOR = 0.90;
  static final double RECALL_FLOOR = 1.0;
}
