package dev.veracity.factcheck.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
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
    return ImportSink.readEach(
        format, path, "." + format, format.equals(CSV) ? this::readCsv : this::readJsonl);
  }

  private void readCsv(String name, String text, ImportSink sink) {
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
        sink.add(f, Optional.empty(), name + ":" + r.getRecordNumber());
      }
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      sink.reject(name, "unreadable CSV from here on: " + e.getMessage());
    }
  }

  private void readJsonl(String name, String text, ImportSink sink) {
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
        sink.reject(location, "not JSON: " + e.getOriginalMessage());
        continue;
      }
      if (!node.isObject()) {
        sink.reject(location, "not a JSON object");
        continue;
      }
      Map<String, String> f = new HashMap<>();
      for (String field : Fields.NAMES) {
        JsonNode v = node.get(mapping.column(field));
        if (v != null && v.isValueNode() && !v.isNull()) {
          f.put(field, v.asText());
        }
      }
      sink.add(f, Optional.empty(), location);
    }
  }
}
