package dev.veracity.factcheck.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads LIAR (Wang 2017): PolitiFact statements in tab-separated files of 14 fields without header
 * or quoting ({@code train.tsv}, {@code valid.tsv}, {@code test.tsv} or any {@code .tsv} given).
 * The claim is the statement, the claimant the speaker, the rating the Truth-O-Meter label; the
 * corpus has neither URLs nor dates. Ids are {@code liar:<statement id>}. The speaker
 * credit-history columns are ignored.
 */
public final class LiarImporter implements FactCheckImporter {

  /** The format name. */
  public static final String FORMAT = "liar";

  private static final int FIELDS = 14;

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public ImportResult read(Path path) throws IOException {
    return ImportSink.readEach(FORMAT, path, ".tsv", LiarImporter::parse);
  }

  private static void parse(String name, String text, ImportSink sink) {
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String location = name + ":" + (i + 1);
      String[] col = lines[i].split("\t", -1);
      if (col.length != FIELDS) {
        sink.reject(location, "expected " + FIELDS + " fields, got " + col.length);
        continue;
      }
      String id = col[0].strip().replaceAll("\\.json$", "");
      if (id.isEmpty()) {
        sink.reject(location, "no statement id");
        continue;
      }
      if (col[1].isBlank()) {
        sink.reject(location, "no label");
        continue;
      }
      Map<String, String> f = new HashMap<>();
      f.put("id", "liar:" + id);
      f.put("claim", col[2]);
      f.put("rating", col[1]);
      f.put("claimant", col[4].replace('-', ' '));
      f.put("language", "en");
      sink.add(f, Optional.of("PolitiFact"), location);
    }
  }
}
