package dev.veracity.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veracity.Veracity;
import dev.veracity.claim.ArticleClaims;
import dev.veracity.claim.Claim;
import dev.veracity.factcheck.ArticleFactChecks;
import dev.veracity.factcheck.FactCheckReport;
import dev.veracity.factcheck.store.LuceneFactCheckStore;
import dev.veracity.input.InputException;
import dev.veracity.input.InputLimits;
import dev.veracity.input.UrlFetcher;
import dev.veracity.model.InvalidModelException;
import dev.veracity.report.ReportJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

  @Mixin private ArticleInputs articles;

  @Option(
      names = "--top",
      paramLabel = "N",
      description = "Show at most N article claims (default: all).")
  private Integer top;

  @Mixin private HomeOption home;

  @Mixin private ClaimModelOption claimModel;

  ClaimsCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws InputException, InvalidModelException, IOException {
    if (top != null && top < 1) {
      throw usage("--top must be >= 1, got " + top);
    }
    List<InputSources.Item> expanded = articles.items();
    ResultPrinter printer = articles.printer();
    ArticleLoader loader =
        new ArticleLoader(InputLimits.DEFAULT, UrlFetcher::withDefaults, environment.stdin());
    Path homeDir = home.directory(environment);
    Optional<LuceneFactCheckStore> store =
        CheckCommand.factCheckStore(homeDir, spec.commandLine().getErr());
    try {
      Veracity.Builder builder = Veracity.defaultBuilder();
      store.ifPresent(builder::factCheckMatcher);
      claimModel.apply(builder);
      Veracity veracity = builder.build();
      for (InputSources.Item item : expanded) {
        String source = item.source();
        try {
          if (item.failure().isPresent()) {
            throw item.failure().get();
          }
          ArticleClaims all = veracity.claims(loader.load(source));
          ArticleClaims claims =
              top == null ? all : all.top(top, Math.min(top, all.comments().size()));
          FactCheckReport factChecks =
              store
                  .<FactCheckReport>map(
                      s ->
                          ArticleFactChecks.match(
                              s,
                              Optional.empty(),
                              Optional.empty(),
                              claims.article(),
                              Veracity.MATCHED_CLAIMS))
                  .orElse(FactCheckReport.noIndex());
          ObjectNode json = ReportJson.claims(source, claims, veracity.components());
          json.set("fact_checks", ReportJson.factChecks(factChecks));
          printer.success(json, () -> render(source, claims, factChecks));
        } catch (InputException | RuntimeException e) {
          printer.failure(source, e);
        }
      }
    } finally {
      CheckCommand.closeQuietly(store, spec.commandLine().getErr());
    }
    return printer.finish();
  }

  private static String render(String source, ArticleClaims claims, FactCheckReport factChecks) {
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
    out.append(TerminalReportRenderer.factChecks(factChecks));
    return out.toString();
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
