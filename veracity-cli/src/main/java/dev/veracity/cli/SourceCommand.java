package dev.veracity.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veracity.input.InputException;
import dev.veracity.report.ReportJson;
import dev.veracity.source.ListSnapshot;
import dev.veracity.source.NotADomainException;
import dev.veracity.source.SourceCategory;
import dev.veracity.source.SourceJson;
import dev.veracity.source.SourceList;
import dev.veracity.source.SourceRating;
import dev.veracity.source.SourceRatings;
import dev.veracity.source.SourceVerdict;
import dev.veracity.source.SuffixWalkSourceRatings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code veracity source}: how the loaded lists and the user's overrides rate each domain or URL.
 *
 * <p>Lists are read from the datasets folder ({@code --datasets}, else {@code $VERACITY_DATASETS},
 * else {@code ../shared/datasets} from the working directory) and the overrides from {@code
 * <home>/sources/overrides.csv}. A domain no list rates is reported as not rated, never as
 * reliable.
 */
@Command(
    name = "source",
    mixinStandardHelpOptions = true,
    description = "Rates the outlet behind domains or URLs from public lists and your overrides.",
    footer = {
      "",
      "Lists: OpenSources (2017), MBFC labels of Baly et al. (2018, 2020) and",
      "<home>/sources/overrides.csv, which wins. Ratings are dated priors about the",
      "outlet, not evidence about one article. See docs/SOURCES.md.",
      "Exit codes: 0 all rated, 1 an input is not a domain or a list is unreadable,",
      "2 usage error, 3 internal error."
    })
final class SourceCommand implements Callable<Integer> {

  private final CliEnvironment environment;

  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "DOMAIN|URL", arity = "0..*", description = "Domains, hosts or URLs.")
  private List<String> inputs = new ArrayList<>();

  @Option(names = "--json", description = "Print JSON: one object, or an array for several.")
  private boolean json;

  @Option(names = "--stats", description = "Print counts per list and category instead.")
  private boolean stats;

  @Option(
      names = "--datasets",
      paramLabel = "DIR",
      description =
          "Folder with opensources/ and mbfc-baly/ (default: $VERACITY_DATASETS, else"
              + " ../shared/datasets).")
  private Path datasets;

  @Mixin private HomeOption home;

  /**
   * The public rating lists in {@code datasetsDir} and the user's overrides under {@code home}.
   *
   * @throws InputException when a list cannot be read
   */
  static SourceRatings loadRatings(Path datasetsDir, Path home) throws InputException {
    try {
      return SuffixWalkSourceRatings.load(datasetsDir, home.resolve("sources"));
    } catch (IOException e) {
      throw new InputException(
          InputException.Code.UNREADABLE,
          "source lists",
          e.getMessage() + " (datasets folder: --datasets or $" + Datasets.ENV + ")",
          e);
    }
  }

  SourceCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws InputException {
    if (stats == !inputs.isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          stats ? "--stats takes no DOMAIN|URL" : "no domain or URL given (or use --stats)");
    }
    SourceRatings ratings =
        loadRatings(
            Datasets.resolve(Optional.ofNullable(datasets), environment),
            home.directory(environment));
    PrintWriter out = spec.commandLine().getOut();
    if (stats) {
      out.println(json ? ReportJson.pretty(SourceJson.stats(ratings)) : renderStats(ratings));
      out.flush();
      return VeracityCli.EXIT_OK;
    }
    int exit = VeracityCli.EXIT_OK;
    List<ObjectNode> results = new ArrayList<>();
    boolean first = true;
    for (String input : inputs) {
      try {
        SourceVerdict verdict = ratings.rate(input);
        if (json) {
          results.add(SourceJson.toTree(input, verdict));
        } else {
          out.print((first ? "" : "\n") + render(input, verdict, ratings.lists()));
          first = false;
        }
      } catch (NotADomainException e) {
        InputException error =
            new InputException(InputException.Code.UNSUPPORTED, input, e.getMessage(), e);
        exit = Math.max(exit, VeracityCli.report(error, spec.commandLine().getErr()));
        if (json) {
          ObjectNode failure = SourceJson.failure(input, "not_a_domain", error.getMessage());
          results.add(failure);
        }
      }
    }
    if (json) {
      out.println(
          ReportJson.pretty(results.size() == 1 ? results.get(0) : ReportJson.array(results)));
    }
    out.flush();
    return exit;
  }

  private static String render(String input, SourceVerdict verdict, List<SourceList> lists) {
    StringBuilder s = new StringBuilder();
    s.append("== ").append(input).append('\n');
    s.append("Domain:   ").append(verdict.address().registrableDomain());
    if (!verdict.address().siteKey().equals(verdict.address().registrableDomain())) {
      s.append(" (site ").append(verdict.address().siteKey()).append(')');
    }
    s.append('\n');
    s.append("Verdict:  ");
    if (verdict.basis().isEmpty()) {
      s.append("not rated by any loaded list\n");
    } else {
      SourceRating basis = verdict.basis().get();
      s.append(verdict.category().get().id());
      verdict.bias().ifPresent(b -> s.append(", bias ").append(b.id()));
      verdict.factuality().ifPresent(f -> s.append(", factuality ").append(f.id()));
      s.append(" (basis: ").append(listName(basis.snapshot()));
      s.append(verdict.listsDisagree() ? "; lists disagree)\n" : ")\n");
    }
    s.append("Lists:\n");
    for (SourceList list : lists) {
      ListSnapshot snapshot = list.snapshot();
      s.append("  ").append(listName(snapshot)).append(": ");
      Optional<SourceRating> applied =
          verdict.ratings().stream().filter(r -> r.snapshot().equals(snapshot)).findFirst();
      List<SourceRating> sections =
          verdict.sectionOnly().stream().filter(r -> r.snapshot().equals(snapshot)).toList();
      if (applied.isPresent()) {
        s.append(describe(applied.get()));
      } else if (!sections.isEmpty()) {
        s.append("rates only other sections: ")
            .append(
                sections.stream()
                    .map(r -> r.siteKey() + " " + describe(r))
                    .collect(Collectors.joining("; ")));
      } else {
        s.append("not rated");
      }
      s.append('\n');
    }
    return s.toString();
  }

  private static String describe(SourceRating r) {
    StringBuilder s = new StringBuilder(r.category().id());
    r.bias().ifPresent(b -> s.append(", bias ").append(b.id()));
    r.factuality().ifPresent(f -> s.append(", factuality ").append(f.id()));
    s.append(" [").append(String.join(", ", r.originalLabels())).append(']');
    r.reason().ifPresent(reason -> s.append(" \"").append(reason).append('"'));
    r.author().ifPresent(a -> s.append(" by ").append(a));
    r.ratedOn().ifPresent(d -> s.append(" on ").append(d));
    s.append(" (").append(r.location()).append(')');
    return s.toString();
  }

  private static String listName(ListSnapshot snapshot) {
    return snapshot.name() + " " + snapshot.date();
  }

  private static String renderStats(SourceRatings ratings) {
    StringBuilder s = new StringBuilder();
    for (SourceList list : ratings.lists()) {
      ListSnapshot snapshot = list.snapshot();
      s.append(listName(snapshot))
          .append(": ")
          .append(snapshot.entries())
          .append(" rated, ")
          .append(snapshot.skipped())
          .append(" rows skipped or merged; ")
          .append(snapshot.origin())
          .append('\n');
      s.append("  ");
      List<String> counts = new ArrayList<>();
      for (Map.Entry<SourceCategory, Integer> e : list.countsByCategory().entrySet()) {
        counts.add(e.getKey().id() + " " + e.getValue());
      }
      s.append(String.join(", ", counts)).append('\n');
      snapshot
          .sha256()
          .forEach(
              (file, sha) ->
                  s.append("  sha256 ").append(sha).append("  ").append(file).append('\n'));
    }
    return s.toString().stripTrailing();
  }
}
