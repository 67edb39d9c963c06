package dev.veracity.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veracity.VeracityVersion;
import dev.veracity.article.Article;
import dev.veracity.corpus.Corpora;
import dev.veracity.corpus.CorpusReader;
import dev.veracity.corpus.FileDigests;
import dev.veracity.corpus.LabelledDocument;
import dev.veracity.corpus.ReadResult;
import dev.veracity.corpus.Reliability;
import dev.veracity.style.ReferenceRange;
import dev.veracity.style.StyleReferenceBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code veracity style-reference}: computes the style cues' reference ranges from the reliable
 * articles of the public corpora and writes them, with their provenance, as JSON.
 */
@Command(
    name = "style-reference",
    mixinStandardHelpOptions = true,
    description =
        "Computes style-cue reference ranges (p10, median, p90) from the reliable articles of the"
            + " labelled corpora and writes them as JSON.")
public final class StyleReferenceCommand implements Callable<Integer> {

  /** Identifies the file format. */
  static final String SCHEMA = "veracity.style-reference/1";

  @Spec CommandSpec spec;

  @Option(
      names = "--datasets",
      required = true,
      paramLabel = "DIR",
      description = "The datasets directory holding one folder per corpus.")
  Path datasets;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "Where to write the reference JSON.")
  Path out;

  @Option(
      names = "--corpus",
      paramLabel = "NAME",
      split = ",",
      description = "Corpora to read (default: all article corpora).")
  List<String> corpora = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    List<CorpusReader> readers = new ArrayList<>();
    if (corpora.isEmpty()) {
      readers.addAll(Corpora.articleReaders());
    } else {
      for (String name : corpora) {
        var reader = Corpora.reader(name);
        if (reader.isEmpty()) {
          err.println("veracity: unknown corpus '" + name + "'");
          return VeracityCli.EXIT_USAGE;
        }
        readers.add(reader.get());
      }
    }
    try {
      ObjectNode json = build(readers);
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), json);
      stdout.println(
          "wrote " + out + " from " + json.path("documents").asInt() + " reliable articles");
      return VeracityCli.EXIT_OK;
    } catch (IOException e) {
      err.println("veracity: " + e.getMessage());
      return VeracityCli.EXIT_INPUT_ERROR;
    }
  }

  private ObjectNode build(List<CorpusReader> readers) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    StyleReferenceBuilder builder = new StyleReferenceBuilder();
    ArrayNode datasetNodes = mapper.createArrayNode();
    for (CorpusReader reader : readers) {
      Path folder = datasets.resolve(reader.name());
      ReadResult result = reader.read(folder);
      int used = 0;
      for (LabelledDocument d : result.labelled(Reliability.RELIABLE)) {
        if (!d.text().isBlank()) {
          builder.add(Article.ofText(d.titleAndText()));
          used++;
        }
      }
      List<String> listing = FileDigests.listing(folder, result.sourceFiles());
      ObjectNode node = datasetNodes.addObject();
      node.put("name", reader.name());
      node.put("reader", reader.toString());
      node.put("files", listing.size());
      if (listing.size() <= 5) {
        ArrayNode files = node.putArray("fileSha256");
        listing.forEach(files::add);
      }
      node.put("filesListingSha256", FileDigests.sha256OfListing(listing));
      node.put("documentsRead", result.documents().size());
      node.put("rowsSkipped", result.skipped().size());
      node.put("reliableDocuments", result.labelled(Reliability.RELIABLE).size());
      node.put("reliableDocumentsWithBody", used);
    }
    ObjectNode root = mapper.createObjectNode();
    root.put("schema", SCHEMA);
    root.put(
        "description",
        "Style-cue ranges (p10, median, p90) over "
            + builder.articles()
            + " reliable articles of "
            + readers.stream().map(CorpusReader::name).toList()
            + ", computed by veracity "
            + VeracityVersion.get());
    root.put("createdAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    root.put("veracityVersion", VeracityVersion.get());
    root.put("javaVersion", Runtime.version().toString());
    root.put(
        "command",
        "veracity " + String.join(" ", spec.commandLine().getParseResult().originalArgs()));
    root.put("segmenter", builder.segmenter().toString());
    root.put("analyzer", builder.analyzer().getClass().getSimpleName());
    root.put(
        "percentiles",
        "low = p10, median = p50, high = p90; linear interpolation (Hyndman-Fan type 7)");
    root.put(
        "filesListingSha256",
        "sha256 of the sha256sum listing (\"<sha256>  <path>\" per file, sorted by path) of the"
            + " files each reader read");
    ObjectNode lexicons = root.putObject("lexiconSha256");
    builder.analyzer().lexiconDigests().forEach(lexicons::put);
    root.put("documents", builder.articles());
    root.set("datasets", datasetNodes);
    ObjectNode cues = root.putObject("cues");
    for (Map.Entry<String, ReferenceRange> e : builder.ranges().entrySet()) {
      ObjectNode cue = cues.putObject(e.getKey());
      cue.put("low", e.getValue().low());
      cue.put("median", e.getValue().median());
      cue.put("high", e.getValue().high());
      cue.put("documents", e.getValue().documents());
    }
    return root;
  }
}
