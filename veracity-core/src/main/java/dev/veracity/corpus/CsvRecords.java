package dev.veracity.corpus;

import java.util.ArrayList;
import java.util.List;

/** Splits RFC 4180 CSV text (double-quoted fields may hold commas, quotes and line breaks). */
final class CsvRecords {

  private CsvRecords() {}

  /**
   * The records of {@code text}, each with the 1-based line it starts on.
   *
   * @param line the line the record starts on
   * @param fields the unquoted fields
   */
  record Row(int line, List<String> fields) {
    Row {
      fields = List.copyOf(fields);
    }
  }

  /** Parses {@code text}; an unterminated quote runs to the end of the text. */
  static List<Row> parse(String text) {
    List<Row> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int line = 1;
    int start = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        fields.add(field.toString());
        field.setLength(0);
        rows.add(new Row(start, fields));
        fields = new ArrayList<>();
        line++;
        start = line;
      } else {
        field.append(c);
      }
    }
    if (field.length() > 0 || !fields.isEmpty()) {
      fields.add(field.toString());
      rows.add(new Row(start, fields));
    }
    return rows;
  }
}
