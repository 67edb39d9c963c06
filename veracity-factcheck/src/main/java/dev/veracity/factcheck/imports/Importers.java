package dev.veracity.factcheck.imports;

import java.util.List;

/** Finds the importer of a format by name. */
public final class Importers {

  /** Every format name, as the command line accepts them. */
  public static final List<String> FORMATS =
      List.of(
          ClaimReviewImporter.FORMAT,
          GoogleFactCheckApiImporter.FORMAT,
          SnopesScrapeImporter.FORMAT,
          LiarImporter.FORMAT,
          CheckThatVclaimsImporter.FORMAT,
          TabularImporter.CSV,
          TabularImporter.JSONL);

  private Importers() {}

  /**
   * The importer of {@code format}; {@code mapping} applies to {@code csv} and {@code jsonl}.
   *
   * @throws IllegalArgumentException for an unknown format
   */
  public static FactCheckImporter forFormat(String format, ColumnMapping mapping) {
    return switch (format) {
      case ClaimReviewImporter.FORMAT -> new ClaimReviewImporter();
      case GoogleFactCheckApiImporter.FORMAT -> new GoogleFactCheckApiImporter();
      case SnopesScrapeImporter.FORMAT -> new SnopesScrapeImporter();
      case LiarImporter.FORMAT -> new LiarImporter();
      case CheckThatVclaimsImporter.FORMAT -> new CheckThatVclaimsImporter();
      case TabularImporter.CSV, TabularImporter.JSONL -> new TabularImporter(format, mapping);
      default ->
          throw new IllegalArgumentException(
              "format must be one of " + FORMATS + ", got " + format);
    };
  }
}
