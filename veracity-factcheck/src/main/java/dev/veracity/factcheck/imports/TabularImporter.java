package dev.veracity.factcheck.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.veracity.factcheck.FactCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads generic tables of fact-checks: {@code csv} (RFC 4180 with a header row) or {@code jsonl}
 * (one JSON object per line), columns mapped to fields by a {@link ColumnMapping}. A record needs a
 * claim and a reviewer; the id defaults to the URL.
 */
public final class TabularImporter implements FactCheckImporter {

  /** The CSV format name. */
  public static final String CSV = "csv";

  /** The JSON-lines format name. */
  public static final String JSONL = "jsonl";

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final String format;
  private final ColumnMapping mapping;

  /**
   * An importer of {@code format}, {@value #CSV} or {@value #JSONL}.
   *
   * @throws IllegalArgumentException for another format
   */
  public TabularImporter(String format, ColumnMapping mapping) {
    if (!CSV.equals(format) && !JSONL.equals(format)) {
      throw new IllegalArgumentException("format must be csv or jsonl, got " + format);
    }
    this.format = format;
    this.mapping = mapping;
  }

  @Override
  public String format() {
    return format;
  }

  @Override
  public ImportResult read(Path path) throws IOException {
    List<Path> files = new ArrayList<>();
    List<FactCheck> good = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    for (Path file : InputFiles.expand(path, "." + format)) {
      files.add(file);
      String name = file.getFileName().toString();
      String text = InputFiles.read(file);
      if (format.equals(CSV)) {
        readCsv(text, name, good, rejects);
      } else {
        readJsonl(text, name, good, rejects);
      }
    }
    return new ImportResult(format, good, rejects, files);
  }

  private void readCsv(String text, String name, List<FactCheck> good, List<Reject> rejects) {
    CSVFormat csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser parser = CSVParser.parse(text, csv)) {
      for (CSVRecord r : parser) {
        Map<String, String> f = new HashMap<>();
        for (String field : Fields.NAMES) {
          String column = mapping.column(field);
          if (r.isMapped(column) && r.isSet(column)) {
            f.put(field, r.get(column));
          }
        }
        add(f, name + ":" + r.getRecordNumber(), good, rejects);
      }
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      rejects.add(new Reject(name, "unreadable CSV from here on: " + e.getMessage()));
    }
  }

  private void readJsonl(String text, String name, List<FactCheck> good, List<Reject> rejects) {
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String location = name + ":" + (i + 1);
      JsonNode node;
      try {
        node = JSON.readTree(lines[i]);
      } catch (JsonProcessingException e) {
        rejects.add(new Reject(location, "not JSON: " + e.getOriginalMessage()));
        continue;
      }
      if (!node.isObject()) {
        rejects.add(new Reject(location, "not a JSON object"));
        continue;
      }
      Map<String, String> f = new HashMap<>();
      for (String field : Fields.NAMES) {
        JsonNode v = node.get(mapping.column(field));
        if (v != null && v.isValueNode() && !v.isNull()) {
          f.put(field, v.asText());
        }
      }
      add(f, location, good, rejects);
    }
  }

  private void add(
      Map<String, String> f, String location, List<FactCheck> good, List<Reject> rejects) {
    try {
      good.add(Fields.toFactCheck(f, Optional.empty(), format));
    } catch (BadRecordException e) {
      rejects.add(new Reject(location, e.getMessage()));
    }
  }
}
