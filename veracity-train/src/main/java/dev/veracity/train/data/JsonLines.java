package dev.veracity.train.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The labelled JSON-lines exchange format: one object per line with {@code text} and {@code label}
 * ({@code 1}/{@code 0}, {@code true}/{@code false}, {@code "yes"}/{@code "no"} or {@code
 * "spam"}/{@code "ham"}), optionally {@code source} and {@code group}. Blank lines are skipped.
 * Stateless.
 */
public final class JsonLines {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonLines() {}

  /** Reads a file; a line that is not such an object is an error naming the line number. */
  public static List<LabeledSentence> read(Path file) throws IOException, DataFormatException {
    return read(file, "group");
  }

  /**
   * Reads a file taking each item's group from the field {@code groupField} ({@code "all"} when
   * absent).
   */
  public static List<LabeledSentence> read(Path file, String groupField)
      throws IOException, DataFormatException {
    List<LabeledSentence> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode n;
        try {
          n = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
          throw new DataFormatException(file + ":" + number + ": not JSON", e);
        }
        if (n == null || !n.isObject() || !n.hasNonNull("text") || !n.hasNonNull("label")) {
          throw new DataFormatException(
              file + ":" + number + ": expected {\"text\":…, \"label\":…}");
        }
        out.add(
            new LabeledSentence(
                n.get("text").asText(),
                label(file, number, n.get("label")),
                n.hasNonNull("source") ? n.get("source").asText() : "jsonl",
                n.hasNonNull(groupField) ? n.get(groupField).asText() : "all"));
      }
    }
    if (out.isEmpty()) {
      throw new DataFormatException(file + ": no labelled lines");
    }
    return out;
  }

  /** Writes sentences with their text, label, source and group. */
  public static void write(List<LabeledSentence> sentences, Path file) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (LabeledSentence s : sentences) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("text", s.text());
        o.put("label", s.label());
        o.put("source", s.source());
        o.put("group", s.group());
        w.write(MAPPER.writeValueAsString(o));
        w.write('\n');
      }
    }
  }

  private static int label(Path file, int line, JsonNode n) throws DataFormatException {
    if (n.isIntegralNumber() && (n.asInt() == 0 || n.asInt() == 1)) {
      return n.asInt();
    }
    if (n.isBoolean()) {
      return n.asBoolean() ? 1 : 0;
    }
    String s = n.asText().strip().toLowerCase(Locale.ROOT);
    return switch (s) {
      case "1", "yes", "true", "spam" -> 1;
      case "0", "no", "false", "ham" -> 0;
      default ->
          throw new DataFormatException(
              file + ":" + line + ": label must be 1/0, yes/no or spam/ham, got " + n);
    };
  }
}
