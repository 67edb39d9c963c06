package dev.veracity.html.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.veracity.html.extract.ArticleExtractor;
import dev.veracity.input.InputException;
import dev.veracity.input.InputFiles;
import dev.veracity.input.InputLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Scores an {@link ArticleExtractor} on a directory of {@code <id>.html.gz} pages against a
 * ground-truth file {@code {id: {"articleBody": ...}}}, as the article-extraction benchmark does.
 *
 * <p>Only pages whose id is in the truth file are scored.
 */
public final class ExtractionBenchmark {

  private static final String PAGE_SUFFIX = ".html.gz";

  /**
   * One scored page.
   *
   * @param id the page id (the file name without {@code .html.gz})
   * @param predicted the extracted body text
   * @param score the page's shingle counts
   */
  public record PageResult(String id, String predicted, PageScore score) {

    /** Validates that no component is null. */
    public PageResult {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(predicted, "predicted");
      Objects.requireNonNull(score, "score");
    }
  }

  /**
   * The outcome of a run.
   *
   * @param score the aggregate figures
   * @param pages every scored page, sorted by id
   */
  public record Run(ExtractionScore score, List<PageResult> pages) {

    /** Copies the page list. */
    public Run {
      Objects.requireNonNull(score, "score");
      pages = List.copyOf(pages);
    }
  }

  private ExtractionBenchmark() {}

  /** The truth file's {@code articleBody} per id, sorted by id. */
  public static Map<String, String> readTruth(Path truthFile) throws IOException {
    JsonNode root = new ObjectMapper().readTree(truthFile.toFile());
    Map<String, String> truth = new TreeMap<>();
    for (Map.Entry<String, JsonNode> entry : root.properties()) {
      JsonNode body = entry.getValue().get("articleBody");
      truth.put(entry.getKey(), body == null || body.isNull() ? "" : body.asText());
    }
    return truth;
  }

  /**
   * Extracts and scores every page of {@code pagesDir} whose id is in {@code truthFile}.
   *
   * @throws IOException when a file cannot be read or no page matches the truth file
   */
  public static Run run(ArticleExtractor extractor, Path pagesDir, Path truthFile)
      throws IOException {
    Map<String, String> truth = readTruth(truthFile);
    List<PageResult> results = new ArrayList<>();
    for (Map.Entry<String, String> entry : truth.entrySet()) {
      Path page = pagesDir.resolve(entry.getKey() + PAGE_SUFFIX);
      if (!Files.isRegularFile(page)) {
        continue;
      }
      String predicted = extractor.extract(readPage(page), Optional.empty()).body();
      results.add(
          new PageResult(
              entry.getKey(), predicted, ShingleMetric.score(entry.getValue(), predicted)));
    }
    if (results.isEmpty()) {
      throw new IOException(
          "no page of " + pagesDir + " named <id>" + PAGE_SUFFIX + " has an id in " + truthFile);
    }
    List<PageScore> scores = results.stream().map(PageResult::score).toList();
    return new Run(ShingleMetric.aggregate(scores), results);
  }

  /** The decoded markup of one benchmark page (gzip, charset and size caps as for any input). */
  public static String readPage(Path page) throws IOException {
    try {
      return InputFiles.decode(page, InputLimits.DEFAULT).text();
    } catch (InputException e) {
      throw new IOException(e.getMessage(), e);
    }
  }
}
