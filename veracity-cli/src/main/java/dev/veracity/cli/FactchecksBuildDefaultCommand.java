package dev.veracity.cli;

import dev.veracity.factcheck.imports.CheckThatVclaimsImporter;
import dev.veracity.factcheck.imports.FactCheckImporter;
import dev.veracity.factcheck.imports.ImportResult;
import dev.veracity.factcheck.imports.LiarImporter;
import dev.veracity.factcheck.imports.SnopesScrapeImporter;
import dev.veracity.factcheck.store.ImportCounts;
import dev.veracity.input.InputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code veracity factchecks build-default}: imports the shared corpora (Snopes scrape 2020, LIAR,
 * CheckThat 2020 verified claims) into the store.
 */
@Command(
    name = "build-default",
    mixinStandardHelpOptions = true,
    description =
        "Builds the default store from the shared corpora: snopes-scrape-2020/, liar/ and"
            + " checkthat2020-t2-claim-retrieval/v3.zip under the datasets folder.",
    footer = {
      "",
      "Same as three imports: --format snopes-scrape DATASETS/snopes-scrape-2020,",
      "--format liar DATASETS/liar, --format checkthat-vclaims",
      "DATASETS/checkthat2020-t2-claim-retrieval/v3.zip. Re-running updates in place."
    })
final class FactchecksBuildDefaultCommand implements Callable<Integer> {

  private final CliEnvironment environment;

  @Spec private CommandSpec spec;

  @Option(
      names = "--datasets",
      paramLabel = "DIR",
      description = "The shared corpora (default: $VERACITY_DATASETS, else ../shared/datasets).")
  private Path datasets;

  @Mixin private HomeOption home;

  FactchecksBuildDefaultCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  private record Part(FactCheckImporter importer, String path) {}

  @Override
  public Integer call() throws InputException {
    Path root = Datasets.resolve(Optional.ofNullable(datasets), environment);
    List<Part> parts =
        List.of(
            new Part(new SnopesScrapeImporter(), "snopes-scrape-2020"),
            new Part(new LiarImporter(), "liar"),
            new Part(new CheckThatVclaimsImporter(), "checkthat2020-t2-claim-retrieval/v3.zip"));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path homeDir = home.directory(environment);
    return FactCheckStores.write(
        homeDir,
        store -> {
          int code = VeracityCli.EXIT_OK;
          for (Part part : parts) {
            Path path = root.resolve(part.path());
            if (!Files.exists(path)) {
              InputException missing =
                  new InputException(
                      InputException.Code.NOT_FOUND, path.toString(), "corpus not found");
              code = Math.max(code, VeracityCli.report(missing, err));
              continue;
            }
            long t0 = System.nanoTime();
            try {
              ImportResult result = part.importer().read(path);
              ImportCounts counts = store.add(result.factChecks());
              out.printf(
                  "%s (%s): %d read (%d added, %d updated), %d rejected, %.1f s%n",
                  path,
                  part.importer().format(),
                  result.factChecks().size(),
                  counts.added(),
                  counts.updated(),
                  result.rejects().size(),
                  (System.nanoTime() - t0) / 1e9);
            } catch (IOException e) {
              InputException unreadable = FactchecksImportCommand.unreadable(path, e);
              code = Math.max(code, VeracityCli.report(unreadable, err));
            }
          }
          out.printf(
              "store %s: %d fact-checks, %.1f MiB%n",
              FactCheckStores.directory(homeDir),
              store.size(),
              store.bytesOnDisk() / (1024.0 * 1024));
          return code;
        });
  }
}
