package dev.veracity.factcheck.imports;

import dev.veracity.factcheck.FactCheck;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What an importer read.
 *
 * @param format the importer's format name
 * @param factChecks the good records, in file order
 * @param rejects the records that could not be used, with reasons
 * @param files the files read
 */
public record ImportResult(
    String format, List<FactCheck> factChecks, List<Reject> rejects, List<Path> files) {

  /** Validates and copies. */
  public ImportResult {
    Objects.requireNonNull(format, "format");
    factChecks = List.copyOf(factChecks);
    rejects = List.copyOf(rejects);
    files = List.copyOf(files);
  }
}
