package dev.veracity.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.veracity.html.extract.ArticleExtractor;
import dev.veracity.html.extract.DensityArticleExtractor;
import dev.veracity.html.extract.ExtractedPage;
import dev.veracity.html.extract.PageComment;
import dev.veracity.html.extract.PageFiles;
import dev.veracity.html.extract.Paragraph;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code veracity extract}: prints what the article extractor finds in HTML files (title, byline,
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

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "HTML files or directories.")
  List<Path> inputs;

  @Option(names = "--jsonl", description = "One JSON object per line instead of pretty JSON.")
  boolean jsonl;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ObjectMapper json = new ObjectMapper();
    if (!jsonl) {
      json.enable(SerializationFeature.INDENT_OUTPUT);
    }
    ArticleExtractor extractor = new DensityArticleExtractor();
    int exit = VeracityCli.EXIT_OK;
    for (Path file : expand(inputs)) {
      String html;
      try {
        html = PageFiles.read(file);
      } catch (IOException e) {
        err.println("veracity: cannot read " + file + ": " + e.getMessage());
        exit = VeracityCli.EXIT_INPUT_ERROR;
        continue;
      }
      if (html.length() > ArticleExtractor.MAX_HTML_CHARS) {
        err.println("veracity: " + file + ": page is too large (" + html.length() + " chars)");
        exit = VeracityCli.EXIT_INPUT_ERROR;
        continue;
      }
      out.println(json.writeValueAsString(asJson(file.toString(), extractor.extract(html))));
    }
    out.flush();
    return exit;
  }

  private static List<Path> expand(List<Path> inputs) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        try (Stream<Path> listing = Files.list(input)) {
          listing.filter(ExtractCommand::isHtmlName).sorted().forEach(files::add);
        }
      } else {
        files.add(input);
      }
    }
    return files;
  }

  private static boolean isHtmlName(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return Files.isRegularFile(path)
        && (name.endsWith(".html")
            || name.endsWith(".htm")
            || name.endsWith(".html.gz")
            || name.endsWith(".gz"));
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
