package dev.veracity.factcheck.imports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Which column (CSV header or JSON key) holds each fact-check field, for the {@code csv} and {@code
 * jsonl} formats. A field not mapped is read from the column of its own name ({@code claim}, {@code
 * claimant}, {@code claim_date}, {@code reviewer}, {@code title}, {@code rating}, {@code url},
 * {@code review_date}, {@code language}, {@code id}).
 *
 * @param columns column by field name
 */
public record ColumnMapping(Map<String, String> columns) {

  /** Every field read from the column of its own name. */
  public static final ColumnMapping IDENTITY = new ColumnMapping(Map.of());

  /** Validates and copies. */
  public ColumnMapping {
    for (String field : columns.keySet()) {
      if (!Fields.NAMES.contains(field)) {
        throw new IllegalArgumentException(
            "field must be one of " + Fields.NAMES + ", got " + field);
      }
    }
    columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
  }

  /**
   * Parses {@code field=column,field=column}, e.g. {@code claim=statement,url=link}.
   *
   * @throws IllegalArgumentException when a pair has no {@code =} or names an unknown field
   */
  public static ColumnMapping parse(String text) {
    Objects.requireNonNull(text, "text");
    Map<String, String> columns = new LinkedHashMap<>();
    for (String pair : text.split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      int eq = pair.indexOf('=');
      if (eq <= 0 || eq == pair.length() - 1) {
        throw new IllegalArgumentException("mapping must be field=column, got " + pair.strip());
      }
      columns.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
    }
    return new ColumnMapping(columns);
  }

  /** The column that holds {@code field}. */
  public String column(String field) {
    return columns.getOrDefault(field, field);
  }
}
