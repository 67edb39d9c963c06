package dev.veracity.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.veracity.factcheck.store.FactCheckJson;
import dev.veracity.factcheck.store.LuceneFactCheckStore;
import dev.veracity.factcheck.store.StoreStats;
import dev.veracity.input.InputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veracity factchecks stats}: what the store holds. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = "Counts the fact-checks in the store by source, publisher, rating and language.")
final class FactchecksStatsCommand implements Callable<Integer> {

  private final CliEnvironment environment;

  @Spec private CommandSpec spec;

  @Option(names = "--json", description = "Print JSON.")
  private boolean json;

  @Mixin private HomeOption home;

  FactchecksStatsCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws InputException, JsonProcessingException {
    Path homeDir = home.directory(environment);
    StoreStats stats = FactCheckStores.read(homeDir, LuceneFactCheckStore::stats);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(
          FactCheckJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(stats));
      return VeracityCli.EXIT_OK;
    }
    out.printf("store:       %s%n", stats.directory());
    out.printf("fact-checks: %d%n", stats.factChecks());
    out.printf("on disk:     %.1f MiB%n", stats.bytesOnDisk() / (1024.0 * 1024));
    out.printf("encoder:     %s%n", stats.encoder());
    print(out, "by source", stats.bySource());
    print(out, "by publisher", stats.byPublisher());
    print(out, "by rating", stats.byRating());
    print(out, "by language", stats.byLanguage());
    return VeracityCli.EXIT_OK;
  }

  private static void print(PrintWriter out, String title, Map<String, Integer> counts) {
    out.println(title + ":");
    counts.forEach((k, v) -> out.printf("  %-22s %6d%n", TerminalReportRenderer.safe(k), v));
  }
}
