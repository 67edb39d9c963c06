package dev.veracity.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.veracity.html.extract.ArticleExtractor;
import dev.veracity.html.extract.DensityArticleExtractor;
import dev.veracity.html.extract.ExtractedPage;
import dev.veracity.html.extract.PageComment;
import dev.veracity.html.extract.Paragraph;
import dev.veracity.input.DecodedInput;
import dev.veracity.input.InputException;
import dev.veracity.input.InputLimits;
import dev.veracity.input.UrlFetcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code veracity extract}: prints what the article extractor finds in HTML pages (title, byline,
 * dates, body paragraphs with links, comments) as JSON, one object per input.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts the article (metadata, body, comments) from HTML files as JSON.",
      "Reads .html, .htm and gzip-compressed files; a directory means the HTML files in it."
    })
final class ExtractCommand implements Callable<Integer> {

  private final CliEnvironment environment;

  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "HTML files (.html, .htm, gzip-compressed), directories, - or URLs.")
  List<String> inputs;

  @Option(names = "--jsonl", description = "One JSON object per line instead of pretty JSON.")
  boolean jsonl;

  ExtractCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ObjectMapper json = new ObjectMapper();
    if (!jsonl) {
      json.enable(SerializationFeature.INDENT_OUTPUT);
    }
    ArticleLoader loader =
        new ArticleLoader(InputLimits.DEFAULT, UrlFetcher::withDefaults, environment.stdin());
    ArticleExtractor extractor = new DensityArticleExtractor();
    int exit = VeracityCli.EXIT_OK;
    for (InputSources.Item item : InputSources.expand(inputs)) {
      try {
        if (item.failure().isPresent()) {
          throw item.failure().get();
        }
        DecodedInput page = loader.decode(item.source());
        ExtractedPage extracted = extractor.extract(page.text(), page.url());
        out.println(json.writeValueAsString(asJson(item.source(), extracted)));
        out.flush();
      } catch (InputException | RuntimeException e) {
        exit = Math.max(exit, VeracityCli.report(e, err));
      }
    }
    return exit;
  }

  static Map<String, Object> asJson(String source, ExtractedPage page) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("source", source);
    json.put("title", page.title().orElse(null));
    json.put("byline", page.byline().orElse(null));
    json.put("published", page.published().orElse(null));
    json.put("site_name", page.siteName().orElse(null));
    json.put("canonical_url", page.canonicalUrl().orElse(null));
    json.put("language", page.language().orElse(null));
    json.put("body", page.body());
    List<Map<String, Object>> paragraphs = new ArrayList<>();
    for (Paragraph p : page.paragraphs()) {
      Map<String, Object> paragraph = new LinkedHashMap<>();
      paragraph.put("kind", p.kind().name().toLowerCase(Locale.ROOT));
      paragraph.put("text", p.text());
      paragraph.put("start", p.start());
      paragraph.put("end", p.end());
      paragraph.put(
          "links",
          p.links().stream().map(l -> Map.of("text", l.text(), "href", l.href())).toList());
      paragraphs.add(paragraph);
    }
    json.put("paragraphs", paragraphs);
    List<Map<String, Object>> comments = new ArrayList<>();
    for (PageComment c : page.comments()) {
      Map<String, Object> comment = new LinkedHashMap<>();
      comment.put("author", c.author().orElse(null));
      comment.put("date", c.date().orElse(null));
      comment.put("depth", c.depth());
      comment.put("text", c.text());
      comments.add(comment);
    }
    json.put("comments", comments);
    return json;
  }
}
