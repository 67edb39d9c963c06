package dev.veracity.factcheck.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the verified claims of CLEF CheckThat! 2020 task 2: {@code verified_claims.docs.tsv}
 * ({@code vclaim_id, vclaim, title}, tab-separated with a header, double-quoted fields allowed),
 * given as the file or as the task's {@code v3.zip} holding it. The claims are Snopes claims
 * without verdicts, so the rating is {@code unrated}; the id is the {@code vclaim_id}, as the
 * task's qrels name them.
 */
public final class CheckThatVclaimsImporter implements FactCheckImporter {

  /** The format name. */
  public static final String FORMAT = "checkthat-vclaims";

  /** The entry of the verified claims in the task's zip. */
  public static final String ZIP_ENTRY = "verified_claims.docs.tsv";

  static final CSVFormat TSV =
      CSVFormat.TDF.builder().setQuote('"').setIgnoreSurroundingSpaces(false).get();

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public ImportResult read(Path path) throws IOException {
    String name = path.getFileName().toString();
    String text;
    if (name.endsWith(".zip")) {
      text = zipEntry(path, ZIP_ENTRY);
      name = name + "!" + ZIP_ENTRY;
    } else {
      text = InputFiles.read(path);
    }
    ImportSink sink = new ImportSink(FORMAT);
    sink.read(path);
    try (CSVParser parser = CSVParser.parse(text, TSV)) {
      boolean header = true;
      for (CSVRecord r : parser) {
        if (header) {
          header = false;
          if (r.size() >= 2 && r.get(1).equals("vclaim")) {
            continue;
          }
        }
        String location = name + ":" + parser.getCurrentLineNumber();
        if (r.size() != 3) {
          sink.reject(location, "expected 3 fields, got " + r.size());
          continue;
        }
        if (r.get(0).isBlank()) {
          sink.reject(location, "no vclaim_id");
          continue;
        }
        Map<String, String> f = new HashMap<>();
        f.put("id", r.get(0).strip());
        f.put("claim", r.get(1));
        f.put("title", r.get(2));
        f.put("language", "en");
        sink.add(f, Optional.of("Snopes"), location);
      }
    } catch (java.io.UncheckedIOException e) {
      sink.reject(name, "unreadable from here on: " + e.getCause().getMessage());
    }
    return sink.result();
  }

  /** The text of the zip entry whose name ends with {@code suffix}. */
  public static String zipEntry(Path zip, String suffix) throws IOException {
    try (ZipFile z = new ZipFile(zip.toFile())) {
      ZipEntry found = null;
      for (ZipEntry e : java.util.Collections.list(z.entries())) {
        if (!e.isDirectory() && e.getName().endsWith(suffix)) {
          found = e;
          break;
        }
      }
      if (found == null) {
        throw new IOException(zip + ": no entry *" + suffix);
      }
      if (found.getSize() > InputFiles.MAX_BYTES) {
        throw new IOException(zip + "!" + found.getName() + ": too large");
      }
      try (InputStream in = z.getInputStream(found)) {
        return InputFiles.decode(in.readNBytes((int) InputFiles.MAX_BYTES), found.getName());
      }
    }
  }
}
