package dev.veracity.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veracity.factcheck.FactCheck;
import dev.veracity.factcheck.FactCheckMatch;
import dev.veracity.factcheck.Rating;
import dev.veracity.factcheck.store.DuplicateClaims;
import dev.veracity.factcheck.store.FactCheckFilter;
import dev.veracity.factcheck.store.FactCheckJson;
import dev.veracity.factcheck.store.SearchMode;
import dev.veracity.factcheck.store.SearchOptions;
import dev.veracity.input.InputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code veracity factchecks search}: the known fact-checks closest to a claim. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = "Finds the known fact-checks closest to a claim.",
    footer = {
      "",
      "Each result: rank, match probability (calibrated on CheckThat 2020 train tweets;",
      "'match' marks p >= 0.5), cosine similarity, rating, publisher, claim and link.",
      "A result is a review of a similar claim, not a verdict on yours. The same review",
      "imported from two sources (same reviewer and claim) is shown once.",
      "--json: {\"schema\":\"veracity.factcheck-search/1\",\"query\":...,\"matches\":[...]}."
    })
final class FactchecksSearchCommand implements Callable<Integer> {

  /** Schema of the JSON output. */
  static final String SCHEMA = "veracity.factcheck-search/1";

  private final CliEnvironment environment;

  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "TEXT", description = "The claim to look up.")
  private String text;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "5",
      description = "Results (default ${DEFAULT-VALUE}).")
  private int top;

  @Option(
      names = "--mode",
      paramLabel = "M",
      defaultValue = "fused",
      description = "fused, lexical (BM25) or semantic (embeddings); default ${DEFAULT-VALUE}.")
  private String mode;

  @Option(names = "--language", paramLabel = "L", description = "Only reviews in this language.")
  private String language;

  @Option(names = "--publisher", paramLabel = "P", description = "Only reviews by this publisher.")
  private String publisher;

  @Option(
      names = "--rating",
      paramLabel = "R",
      split = ",",
      description =
          "Only these ratings: false, mostly_false, mixed, mostly_true, true, other, unrated.")
  private List<String> ratings;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Reviewed on or after.")
  private String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Reviewed on or before.")
  private String to;

  @Option(names = "--json", description = "Print JSON.")
  private boolean json;

  @Mixin private HomeOption home;

  FactchecksSearchCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws InputException, JsonProcessingException {
    if (top < 1) {
      throw usage("--top must be >= 1, got " + top);
    }
    // Ask for more so that folding duplicate imports of one review still leaves --top results.
    SearchOptions options = new SearchOptions(top * 3, searchMode(), filter());
    Path homeDir = home.directory(environment);
    List<FactCheckMatch> found =
        FactCheckStores.read(
            homeDir, store -> DuplicateClaims.collapse(store.search(text, options)));
    List<FactCheckMatch> matches = found.subList(0, Math.min(top, found.size()));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode result = FactCheckJson.mapper().createObjectNode();
      result.put("schema", SCHEMA);
      result.put("query", text);
      result.set("matches", FactCheckJson.mapper().valueToTree(matches));
      out.println(
          FactCheckJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(result));
    } else {
      if (matches.isEmpty()) {
        out.println("No fact-check found.");
      }
      for (FactCheckMatch m : matches) {
        out.print(render(m));
      }
    }
    return VeracityCli.EXIT_OK;
  }

  /** A match as terminal lines. */
  static String render(FactCheckMatch m) {
    FactCheck f = m.factCheck();
    double p = m.probability().orElse(0.0);
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "%d. %s p=%.2f cos=%.2f  %s (%s) by %s%s%n",
            m.rank(),
            p >= 0.5 ? "match  " : "similar",
            p,
            m.similarity(),
            f.rating().id().toUpperCase(Locale.ROOT),
            TerminalReportRenderer.safe(f.ratingText().isEmpty() ? "no rating" : f.ratingText()),
            TerminalReportRenderer.safe(f.reviewer()),
            f.reviewDate().map(d -> ", " + d).orElse("")));
    s.append("   claim: ").append(TerminalReportRenderer.safe(f.claim())).append('\n');
    f.url()
        .ifPresent(u -> s.append("   link:  ").append(TerminalReportRenderer.safe(u)).append('\n'));
    if (!m.matchedWords().isEmpty()) {
      s.append("   shared words: ")
          .append(TerminalReportRenderer.safe(String.join(", ", m.matchedWords())))
          .append('\n');
    }
    return s.toString();
  }

  private SearchMode searchMode() {
    try {
      return SearchMode.valueOf(mode.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw usage("--mode must be fused, lexical or semantic, got " + mode);
    }
  }

  private FactCheckFilter filter() {
    Set<Rating> wanted = new HashSet<>();
    if (ratings != null) {
      for (String r : ratings) {
        try {
          wanted.add(Rating.ofId(r.strip().toLowerCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw usage("--rating: " + e.getMessage());
        }
      }
    }
    return new FactCheckFilter(
        Optional.ofNullable(language),
        Optional.ofNullable(publisher),
        wanted,
        date("--from", from),
        date("--to", to));
  }

  private Optional<LocalDate> date(String option, String value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value));
    } catch (DateTimeParseException e) {
      throw usage(option + " must be a date YYYY-MM-DD, got " + value);
    }
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
