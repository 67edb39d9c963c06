package dev.veracity.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.veracity.html.eval.ExtractionBenchmark;
import dev.veracity.html.eval.ExtractionScore;
import dev.veracity.html.extract.DensityArticleExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code veracity evaluate extraction}: scores the article extractor on the article-extraction
 * benchmark's pages with the benchmark's shingle metric.
 */
@Command(
    name = "extraction",
    mixinStandardHelpOptions = true,
    description = {
      "Scores article-body extraction on <id>.html.gz pages against a ground-truth JSON file",
      "({id: {\"articleBody\": ...}}), with the article-extraction benchmark's shingle metric."
    })
final class EvaluateExtractionCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--pages", required = true, description = "Directory of <id>.html.gz pages.")
  Path pages;

  @Option(names = "--truth", required = true, description = "Ground-truth JSON file.")
  Path truth;

  @Option(names = "--json", description = "Print the figures as one JSON object.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(pages)) {
      spec.commandLine().getErr().println("veracity: not a directory: " + pages);
      return VeracityCli.EXIT_INPUT_ERROR;
    }
    if (!Files.isRegularFile(truth)) {
      spec.commandLine().getErr().println("veracity: no such file: " + truth);
      return VeracityCli.EXIT_INPUT_ERROR;
    }
    ExtractionScore score;
    try {
      score = ExtractionBenchmark.run(new DensityArticleExtractor(), pages, truth).score();
    } catch (IOException e) {
      spec.commandLine().getErr().println("veracity: " + e.getMessage());
      return VeracityCli.EXIT_INPUT_ERROR;
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("f1", score.f1());
    figures.put("precision", score.precision());
    figures.put("recall", score.recall());
    figures.put("accuracy", score.accuracy());
    figures.put("pages", score.pages());
    if (json) {
      spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(figures));
    } else {
      figures.forEach(
          (key, value) ->
              spec.commandLine()
                  .getOut()
                  .println(
                      value instanceof Double d
                          ? String.format(Locale.ROOT, "%-10s %.4f", key, d)
                          : String.format(Locale.ROOT, "%-10s %s", key, value)));
    }
    return VeracityCli.EXIT_OK;
  }
}
