package dev.veracity.cli;

import dev.veracity.factcheck.imports.ColumnMapping;
import dev.veracity.factcheck.imports.FactCheckImporter;
import dev.veracity.factcheck.imports.ImportResult;
import dev.veracity.factcheck.imports.Importers;
import dev.veracity.factcheck.imports.Reject;
import dev.veracity.factcheck.store.ImportCounts;
import dev.veracity.input.InputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code veracity factchecks import}: reads fact-check files into the store. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description =
        "Imports fact-checks into the store; a review already stored (same id) is updated.",
    footer = {
      "",
      "Formats: claimreview (schema.org JSON-LD: object, array, DataFeed or an HTML page's",
      "ld+json scripts), google-factcheck-api (claims:search responses), snopes-scrape,",
      "liar, checkthat-vclaims (verified_claims.docs.tsv or v3.zip), csv, jsonl.",
      "csv/jsonl columns default to the field names id, claim, claimant, claim_date,",
      "reviewer, title, rating, url, review_date, language; --map renames them.",
      "Bad records are skipped and listed with their reason; the rest are imported.",
      "Exit codes: 0 every path read, 1 a path could not be read, 2 usage error."
    })
final class FactchecksImportCommand implements Callable<Integer> {

  private static final int SHOWN_REJECTS = 10;

  private final CliEnvironment environment;

  @Spec private CommandSpec spec;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "NAME",
      description = "The files' format (see below).")
  private String format;

  @Option(
      names = "--map",
      paramLabel = "FIELD=COLUMN,...",
      description = "For csv and jsonl: which column holds each field, e.g. claim=statement.")
  private String map;

  @Option(names = "--all-rejects", description = "List every rejected record, not the first 10.")
  private boolean allRejects;

  @Mixin private HomeOption home;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to import.")
  private List<Path> paths;

  FactchecksImportCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws InputException {
    FactCheckImporter importer;
    try {
      importer =
          Importers.forFormat(
              format, map == null ? ColumnMapping.IDENTITY : ColumnMapping.parse(map));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path homeDir = home.directory(environment);
    return FactCheckStores.write(
        homeDir,
        store -> {
          int code = VeracityCli.EXIT_OK;
          for (Path path : paths) {
            try {
              ImportResult result = importer.read(path);
              ImportCounts counts = store.add(result.factChecks());
              out.printf(
                  "%s: %d fact-checks read (%d added, %d updated), %d rejected%n",
                  path,
                  result.factChecks().size(),
                  counts.added(),
                  counts.updated(),
                  result.rejects().size());
              printRejects(out, result.rejects());
            } catch (IOException e) {
              code = Math.max(code, VeracityCli.report(unreadable(path, e), err));
            }
          }
          out.printf(
              "store %s: %d fact-checks%n", FactCheckStores.directory(homeDir), store.size());
          return code;
        });
  }

  private void printRejects(PrintWriter out, List<Reject> rejects) {
    List<Reject> shown =
        allRejects ? rejects : rejects.subList(0, Math.min(SHOWN_REJECTS, rejects.size()));
    for (Reject r : shown) {
      out.println(
          "  rejected "
              + TerminalReportRenderer.safe(r.location())
              + ": "
              + TerminalReportRenderer.safe(r.reason()));
    }
    if (shown.size() < rejects.size()) {
      out.printf("  ... %d more (--all-rejects lists them)%n", rejects.size() - shown.size());
    }
  }

  /** An unreadable import path as an input error. */
  static InputException unreadable(Path path, IOException e) {
    return new InputException(InputException.Code.UNREADABLE, path.toString(), e.getMessage(), e);
  }
}
