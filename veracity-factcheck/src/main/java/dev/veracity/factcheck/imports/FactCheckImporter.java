package dev.veracity.factcheck.imports;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads fact-checks in one file format.
 *
 * <p>Implementations are stateless and thread-safe, and never stop on a bad record.
 */
public interface FactCheckImporter {

  /** The format's name on the command line, e.g. {@code claimreview}. */
  String format();

  /**
   * Reads a file, or every regular non-hidden file of a directory in name order where the format
   * allows.
   *
   * @throws IOException when the path cannot be read at all, or is not in this format
   */
  ImportResult read(Path path) throws IOException;
}
