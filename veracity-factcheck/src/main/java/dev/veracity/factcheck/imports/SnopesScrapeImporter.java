package dev.veracity.factcheck.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code snopes-scrape-2020} corpus: {@code *-stories.json} files meant as JSON arrays
 * whose string values are not escaped, so they are read line by line, one {@code "key": "value"}
 * pair per line, a record per {@code { ... }}. The rating is the record's {@code evaluation}, else
 * the file name's prefix; the claim is {@code statement}, the title {@code title}; the id is the
 * review URL.
 */
public final class SnopesScrapeImporter implements FactCheckImporter {

  /** The format name. */
  public static final String FORMAT = "snopes-scrape";

  private static final Pattern PAIR = Pattern.compile("^\\s*\"([a-z_]+)\": \"(.*)\",?\\s*$");

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public ImportResult read(Path path) throws IOException {
    return ImportSink.readEach(FORMAT, path, "-stories.json", SnopesScrapeImporter::parse);
  }

  private static void parse(String name, String text, ImportSink sink) {
    String fileRating = name.endsWith("-stories.json") ? name.replace("-stories.json", "") : "";
    String[] lines = text.split("\r?\n", -1);
    Map<String, String> record = null;
    int recordLine = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.equals("{")) {
        record = new HashMap<>();
        recordLine = i + 1;
      } else if (line.startsWith("}")) {
        if (record != null) {
          add(record, fileRating, name + ":" + recordLine, sink);
        }
        record = null;
      } else if (record != null) {
        Matcher m = PAIR.matcher(lines[i]);
        if (m.matches()) {
          record.put(m.group(1), m.group(2).replace("\\\"", "\""));
        } else if (!line.isEmpty()) {
          sink.reject(name + ":" + (i + 1), "unparsed line in record");
          record.put("_broken", "true");
        }
      } else if (!line.isEmpty() && !line.equals("[") && !line.equals("]")) {
        sink.reject(name + ":" + (i + 1), "text outside a record");
      }
    }
    if (record != null) {
      sink.reject(name + ":" + recordLine, "record not closed");
    }
  }

  private static void add(
      Map<String, String> record, String fileRating, String location, ImportSink sink) {
    if (record.containsKey("_broken")) {
      return;
    }
    Map<String, String> f = new HashMap<>();
    f.put("claim", record.getOrDefault("statement", ""));
    f.put("title", record.getOrDefault("title", ""));
    f.put("url", record.getOrDefault("url", ""));
    String evaluation = record.getOrDefault("evaluation", "");
    f.put("rating", evaluation.isBlank() ? fileRating : evaluation);
    f.put("review_date", record.getOrDefault("date_posted", ""));
    f.put("language", "en");
    sink.add(f, Optional.of("Snopes"), location);
  }
}
