package dev.veracity.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads a generic labelled JSON-lines file: one object per line with {@code id}, optional {@code
 * title}, {@code text}, {@code label} and a group field (by default {@code group}).
 *
 * <p>{@link #read} takes the file itself, not a folder. A missing id becomes the line number; a
 * missing group becomes the id (every document its own group); a line that is not a JSON object or
 * has no text and no title, or no label, is skipped.
 */
public final class JsonLinesReader implements CorpusReader {

  /** The default label map: {@code reliable} and {@code unreliable} as themselves. */
  public static final LabelMap DEFAULT_LABELS =
      new LabelMap(Map.of("reliable", Reliability.RELIABLE, "unreliable", Reliability.UNRELIABLE));

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String name;
  private final LabelMap labels;
  private final String groupField;

  /**
   * A reader that names its corpus {@code name}.
   *
   * @param groupField the field that holds the cross-validation group
   */
  public JsonLinesReader(String name, LabelMap labels, String groupField) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank, got '" + name + "'");
    }
    this.name = name;
    this.labels = Objects.requireNonNull(labels, "labels");
    this.groupField = Objects.requireNonNull(groupField, "groupField");
  }

  /**
   * Parses a label map written as {@code fake=unreliable,real=reliable}.
   *
   * @throws IllegalArgumentException naming the bad entry
   */
  public static LabelMap parseLabelMap(String spec) {
    Map<String, Reliability> m = new TreeMap<>();
    for (String entry : spec.split(",")) {
      String e = entry.strip();
      if (e.isEmpty()) {
        continue;
      }
      int eq = e.indexOf('=');
      if (eq <= 0 || eq == e.length() - 1) {
        throw new IllegalArgumentException(
            "label map entries must be label=class, got '" + e + "'");
      }
      String value = e.substring(eq + 1).strip().toLowerCase(Locale.ROOT);
      Reliability r =
          switch (value) {
            case "reliable" -> Reliability.RELIABLE;
            case "unreliable" -> Reliability.UNRELIABLE;
            default ->
                throw new IllegalArgumentException(
                    "label map classes must be reliable or unreliable, got '" + value + "'");
          };
      m.put(e.substring(0, eq).strip().toLowerCase(Locale.ROOT), r);
    }
    if (m.isEmpty()) {
      throw new IllegalArgumentException("label map must not be empty, got '" + spec + "'");
    }
    return new LabelMap(m);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public LabelMap labels() {
    return labels;
  }

  @Override
  public ReadResult read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("not a JSON-lines file: " + file);
    }
    List<LabelledDocument> documents = new ArrayList<>();
    List<Skip> skipped = new ArrayList<>();
    String[] lines = TextDecoding.decode(Files.readAllBytes(file)).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String location = file.getFileName() + ":" + (i + 1);
      JsonNode node;
      try {
        node = MAPPER.readTree(lines[i]);
      } catch (JsonProcessingException e) {
        skipped.add(new Skip(location, "not JSON: " + e.getOriginalMessage()));
        continue;
      }
      if (node == null || !node.isObject()) {
        skipped.add(new Skip(location, "not a JSON object"));
        continue;
      }
      String text = string(node, "text");
      String title = string(node, "title");
      String label = string(node, "label");
      if (text.isBlank() && title.isBlank()) {
        skipped.add(new Skip(location, "no text and no title"));
        continue;
      }
      if (label.isBlank()) {
        skipped.add(new Skip(location, "no label"));
        continue;
      }
      String id = string(node, "id");
      id = id.isBlank() ? "line-" + (i + 1) : id;
      String group = string(node, groupField);
      documents.add(
          new LabelledDocument(
              name,
              id,
              title.isBlank() ? Optional.empty() : Optional.of(title.strip()),
              text.strip(),
              labels.apply(label.strip()),
              label.strip(),
              group.isBlank() ? "id:" + id : group));
    }
    return new ReadResult(name, documents, skipped, List.of(file));
  }

  private static String string(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? "" : v.isValueNode() ? v.asText() : v.toString();
  }

  @Override
  public String toString() {
    return "JsonLinesReader[" + name + ", group=" + groupField + ", " + labels + "]";
  }
}
