package dev.veracity.cli;

import dev.veracity.Veracity;
import dev.veracity.article.Article;
import dev.veracity.factcheck.store.LuceneFactCheckStore;
import dev.veracity.input.InputException;
import dev.veracity.input.InputLimits;
import dev.veracity.input.UrlFetcher;
import dev.veracity.model.InvalidModelException;
import dev.veracity.report.CheckReport;
import dev.veracity.report.ReportJson;
import dev.veracity.source.ListSourceLookup;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
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
 * {@code veracity check}: checks each input and prints one result per input.
 *
 * <p>Inputs are files, directories (their regular, non-hidden files in name order), {@code -} for
 * standard input, and http(s) URLs; {@code --inputs-from} adds one per line. A failed input is
 * reported on standard error and the others are still checked.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Checks articles: text or HTML files, directories, - (standard input) or URLs.",
    footer = {
      "",
      "Prints a readable report. --json: one JSON result, or an array of them",
      "for several inputs. --jsonl: one JSON result per line. Schema: docs/REPORT.md.",
      "Exit codes: 0 all checked, 1 an input failed, 2 usage error, 3 internal error."
    })
final class CheckCommand implements Callable<Integer> {

  private final CliEnvironment environment;

  @Spec private CommandSpec spec;

  @Mixin private ArticleInputs articles;

  @Option(names = "--url", paramLabel = "URL", description = "Where the article was published.")
  private String url;

  @Option(names = "--domain", paramLabel = "D", description = "The publishing site's host name.")
  private String domain;

  @Option(names = "--title", paramLabel = "T", description = "The article's title.")
  private String title;

  @Mixin private HomeOption home;

  @Mixin private ClaimModelOption claimModel;

  @Option(
      names = "--datasets",
      paramLabel = "DIR",
      description =
          "Folder with the source-rating lists opensources/ and mbfc-baly/ (default:"
              + " $VERACITY_DATASETS, else ../shared/datasets).")
  private Path datasets;

  CheckCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws InputException, InvalidModelException, IOException {
    Optional<URI> articleUrl = Optional.ofNullable(url).map(this::parseUrl);
    Path homeDir = home.directory(environment);

    List<InputSources.Item> expanded = articles.items();
    ResultPrinter printer = articles.printer();
    if (expanded.size() > 1 && (url != null || title != null)) {
      throw usage("--url and --title describe one article; give a single input");
    }

    ArticleLoader loader =
        new ArticleLoader(InputLimits.DEFAULT, UrlFetcher::withDefaults, environment.stdin());
    Optional<LuceneFactCheckStore> store = factCheckStore(homeDir, spec.commandLine().getErr());
    try {
      Veracity veracity = pipeline(homeDir, store, spec.commandLine().getErr());
      checkAll(expanded, loader, veracity, printer, articleUrl);
    } finally {
      closeQuietly(store, spec.commandLine().getErr());
    }
    return printer.finish();
  }

  private void checkAll(
      List<InputSources.Item> expanded,
      ArticleLoader loader,
      Veracity veracity,
      ResultPrinter printer,
      Optional<URI> articleUrl) {
    TerminalReportRenderer renderer = new TerminalReportRenderer();
    for (InputSources.Item item : expanded) {
      String source = item.source();
      try {
        if (item.failure().isPresent()) {
          throw item.failure().get();
        }
        CheckReport report = veracity.check(describe(loader.load(source), articleUrl), source);
        printer.success(ReportJson.toTree(report), () -> renderer.render(report));
      } catch (InputException | RuntimeException e) {
        printer.failure(source, e);
      }
    }
  }

  /**
   * The fact-check store of the home directory, when there is one; when it cannot be opened, a note
   * on standard error says so and reports say that no index is loaded.
   */
  static Optional<LuceneFactCheckStore> factCheckStore(Path homeDir, PrintWriter err) {
    try {
      return FactCheckStores.openIfPresent(homeDir);
    } catch (InputException e) {
      err.println("veracity: note: known fact-checks are not matched: " + e.getMessage());
      err.flush();
      return Optional.empty();
    }
  }

  static void closeQuietly(Optional<LuceneFactCheckStore> store, PrintWriter err) {
    if (store.isPresent()) {
      try {
        store.get().close();
      } catch (IOException e) {
        // The reports are out; a failed close only leaks a file handle until exit.
        err.println("veracity: note: closing the fact-check store failed: " + e.getMessage());
      }
    }
  }

  /**
   * The default pipeline, with source ratings when the rating lists can be read. When they cannot
   * and the user asked for them (by naming the lists' folder or the article's site), a note on
   * standard error says why reports rate no source.
   */
  private Veracity pipeline(Path homeDir, Optional<LuceneFactCheckStore> store, PrintWriter err)
      throws InvalidModelException, IOException {
    Path lists = Datasets.resolve(Optional.ofNullable(datasets), environment);
    Veracity.Builder builder = Veracity.defaultBuilder();
    store.ifPresent(builder::factCheckMatcher);
    claimModel.apply(builder);
    boolean asked = datasets != null || url != null || domain != null;
    if (!asked && !Files.isDirectory(lists)) {
      return builder.build();
    }
    try {
      builder.sourceLookup(new ListSourceLookup(SourceCommand.loadRatings(lists, homeDir)));
    } catch (InputException e) {
      err.println("veracity: note: sources are not rated: " + e.getMessage());
      err.flush();
    }
    return builder.build();
  }

  /**
   * Applies {@code --url}, {@code --domain} and {@code --title}, which win over the input's own.
   */
  private Article describe(Article article, Optional<URI> articleUrl) {
    Optional<URI> newUrl = articleUrl.or(article::url);
    Optional<String> newDomain =
        Optional.ofNullable(domain).or(() -> articleUrl.map(URI::getHost)).or(article::domain);
    Optional<String> newTitle = Optional.ofNullable(title).or(article::title);
    return new Article(article.text(), newTitle, newUrl, newDomain, article.published());
  }

  private URI parseUrl(String text) {
    try {
      URI uri = new URI(text);
      if (uri.getScheme() == null || uri.getHost() == null) {
        throw usage("--url must be an absolute URL, got " + text);
      }
      return uri;
    } catch (URISyntaxException e) {
      throw usage("--url is not a valid URL: " + e.getMessage());
    }
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
