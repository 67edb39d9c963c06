package dev.veracity.cli;

import dev.veracity.Veracity;
import dev.veracity.claim.ArticleClaims;
import dev.veracity.claim.Claim;
import dev.veracity.input.InputException;
import dev.veracity.input.InputLimits;
import dev.veracity.input.UrlFetcher;
import dev.veracity.report.ReportJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code veracity claims}: every sentence of an article ranked by check-worthiness, for a
 * fact-checker deciding what to look at first. Claims in readers' comments are listed apart.
 */
@Command(
    name = "claims",
    mixinStandardHelpOptions = true,
    description = "Lists the check-worthy claims of articles, most check-worthy first.",
    footer = {
      "",
      "Score: calibrated probability that the sentence is a check-worthy factual claim;",
      "* marks sentences at or above the model's threshold. --json / --jsonl: schema",
      "veracity.claims/1 (docs/REPORT.md). Exit codes as for check."
    })
final class ClaimsCommand implements Callable<Integer> {

  private final CliEnvironment environment;

  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "INPUT", arity = "0..*", description = "FILE, DIR, - or URL.")
  private List<String> inputs = new ArrayList<>();

  @Option(names = "--json", description = "Print the claims as JSON.")
  private boolean json;

  @Option(names = "--jsonl", description = "Print one JSON object per input, one per line.")
  private boolean jsonl;

  @Option(
      names = "--inputs-from",
      paramLabel = "LIST",
      description = "Also read the paths or URLs listed in LIST, one per line (# comments).")
  private Path inputsFrom;

  @Option(
      names = "--top",
      paramLabel = "N",
      description = "Show at most N article claims (default: all).")
  private Integer top;

  ClaimsCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws InputException {
    if (json && jsonl) {
      throw usage("--json and --jsonl cannot be combined");
    }
    if (top != null && top < 1) {
      throw usage("--top must be >= 1, got " + top);
    }
    List<String> sources = new ArrayList<>(inputs);
    if (inputsFrom != null) {
      sources.addAll(InputSources.readList(inputsFrom));
    }
    if (sources.isEmpty()) {
      throw usage("no input given (a FILE, DIR, - or URL)");
    }
    ResultPrinter printer =
        new ResultPrinter(
            json
                ? ResultPrinter.Mode.JSON
                : jsonl ? ResultPrinter.Mode.JSONL : ResultPrinter.Mode.TEXT,
            spec.commandLine().getOut(),
            spec.commandLine().getErr());
    ArticleLoader loader =
        new ArticleLoader(InputLimits.DEFAULT, UrlFetcher::withDefaults, environment.stdin());
    Veracity veracity = Veracity.defaults();
    for (InputSources.Item item : InputSources.expand(sources)) {
      String source = item.source();
      try {
        if (item.failure().isPresent()) {
          throw item.failure().get();
        }
        ArticleClaims all = veracity.claims(loader.load(source));
        ArticleClaims claims =
            top == null ? all : all.top(top, Math.min(top, all.comments().size()));
        printer.success(
            ReportJson.claims(source, claims, veracity.components()), () -> render(source, claims));
      } catch (InputException | RuntimeException e) {
        printer.failure(source, e);
      }
    }
    return printer.finish();
  }

  private static String render(String source, ArticleClaims claims) {
    StringBuilder out = new StringBuilder();
    out.append("== ").append(TerminalReportRenderer.safe(source)).append('\n');
    out.append("Article claims, most check-worthy first:\n");
    for (Claim claim : claims.article()) {
      out.append(TerminalReportRenderer.claimLines(claim));
    }
    if (!claims.comments().isEmpty()) {
      out.append("Claims in readers' comments (not the article's):\n");
      for (Claim claim : claims.comments()) {
        out.append(TerminalReportRenderer.claimLines(claim));
      }
    }
    return out.toString();
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
