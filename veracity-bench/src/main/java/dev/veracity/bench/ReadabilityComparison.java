package dev.veracity.bench;

import dev.veracity.html.eval.ExtractionBenchmark;
import dev.veracity.html.eval.ExtractionScore;
import dev.veracity.html.extract.ArticleExtractor;
import dev.veracity.html.extract.DensityArticleExtractor;
import dev.veracity.html.extract.ExtractedPage;
import dev.veracity.html.extract.Paragraph;
import dev.veracity.html.extract.ParagraphKind;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;

/**
 * Scores Readability4J (a Kotlin port of Mozilla's Readability.js) and the density extractor on the
 * same pages with the same metric, as a baseline for docs/EVALUATION.md.
 *
 * <p>Usage: {@code java -cp veracity-bench/target/benchmarks.jar
 * dev.veracity.bench.ReadabilityComparison PAGES_DIR TRUTH_FILE}.
 */
public final class ReadabilityComparison {

  private ReadabilityComparison() {}

  /** Prints one line per extractor. */
  public static void main(String[] args) throws IOException {
    PrintStream out = System.out;
    Path pages = Path.of(args[0]);
    Path truth = Path.of(args[1]);
    for (ArticleExtractor extractor :
        List.of(new Readability4jBaseline(), new DensityArticleExtractor())) {
      ExtractionScore s = ExtractionBenchmark.run(extractor, pages, truth).score();
      out.printf(
          Locale.ROOT,
          "%-26s f1=%.4f precision=%.4f recall=%.4f accuracy=%.4f pages=%d%n",
          extractor,
          s.f1(),
          s.precision(),
          s.recall(),
          s.accuracy(),
          s.pages());
    }
  }

  /** Readability4J's text content as paragraphs (one per non-blank line). */
  static final class Readability4jBaseline implements ArticleExtractor {
    @Override
    public ExtractedPage extract(String html, Optional<URI> location) {
      Article article =
          new Readability4JExtended(
                  location.map(URI::toString).orElse("http://example.invalid/"), html)
              .parse();
      String text = article.getTextContent() == null ? "" : article.getTextContent();
      List<Paragraph.Draft> drafts = new ArrayList<>();
      for (String line : text.split("\\R")) {
        String clean = line.strip().replaceAll("\\s+", " ");
        if (!clean.isEmpty()) {
          drafts.add(new Paragraph.Draft(ParagraphKind.PARAGRAPH, clean, List.of()));
        }
      }
      return new ExtractedPage(
          Optional.ofNullable(article.getTitle()),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          ExtractedPage.layOut(drafts),
          List.of());
    }

    @Override
    public String toString() {
      return "Readability4JExtended";
    }
  }
}
