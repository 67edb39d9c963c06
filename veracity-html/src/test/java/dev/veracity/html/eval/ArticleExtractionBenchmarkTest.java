package dev.veracity.html.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.veracity.html.extract.DensityArticleExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Scores the extractor on the development half of the article-extraction benchmark (91 pages).
 *
 * <p>Floors are the figures reached when this test was written (F1 0.976, precision 0.969, recall
 * 0.984) minus 0.01, so that a regression fails the build; see docs/EVALUATION.md.
 */
class ArticleExtractionBenchmarkTest {

  private static final Path CORPUS =
      Path.of(System.getProperty("veracity.datasets", "../shared/datasets"))
          .resolve("article-extraction-benchmark");

  @Test
  void densityExtractorStaysAboveItsMeasuredScoresOnTheDevelopmentHalf() throws Exception {
    assumeTrue(
        Files.isRegularFile(CORPUS.resolve("ground-truth-dev.json")),
        "article-extraction benchmark not found at " + CORPUS + "; skipping its evaluation");

    ExtractionScore score =
        ExtractionBenchmark.run(
                new DensityArticleExtractor(),
                CORPUS.resolve("html"),
                CORPUS.resolve("ground-truth-dev.json"))
            .score();

    assertThat(score.pages()).isEqualTo(91);
    assertThat(score.f1()).isGreaterThan(0.966);
    assertThat(score.precision()).isGreaterThan(0.959);
    assertThat(score.recall()).isGreaterThan(0.973);
  }
}
