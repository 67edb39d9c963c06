package dev.veracity.style;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.veracity.report.Component;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The ranges of cue values seen in reliable news, and which snapshot they come from.
 *
 * @param ranges reference range per cue id
 * @param sha256 hex SHA-256 of the reference file's bytes, empty when built in memory
 * @param description what the snapshot was computed from, for reports
 */
public record StyleReference(
    Map<String, ReferenceRange> ranges, Optional<String> sha256, String description) {

  /** The classpath resource that holds the default snapshot. */
  public static final String DEFAULT_RESOURCE = "reference.json";

  /** Copies the map, keeping its order. */
  public StyleReference {
    ranges = Collections.unmodifiableMap(new LinkedHashMap<>(ranges));
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(description, "description");
  }

  /** A reference that knows no ranges: every cue is assessed {@link Assessment#UNKNOWN}. */
  public static StyleReference none() {
    return new StyleReference(Map.of(), Optional.empty(), "no reference");
  }

  /** The snapshot shipped with Veracity, computed by {@code veracity style-reference}. */
  public static StyleReference defaultReference() {
    try (InputStream in = StyleReference.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("style reference resource missing: " + DEFAULT_RESOURCE);
      }
      return parse(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the default style reference", e);
    }
  }

  /**
   * Parses a reference file written by {@code veracity style-reference}.
   *
   * @throws IOException when the bytes are not such a file
   */
  public static StyleReference parse(byte[] json) throws IOException {
    JsonNode root = new ObjectMapper().readTree(json);
    JsonNode cues = root == null ? null : root.get("cues");
    if (cues == null || !cues.isObject()) {
      throw new IOException("style reference has no \"cues\" object");
    }
    Map<String, ReferenceRange> ranges = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> cue : cues.properties()) {
      JsonNode r = cue.getValue();
      for (String field : new String[] {"low", "median", "high", "documents"}) {
        if (!r.hasNonNull(field) || !r.get(field).isNumber()) {
          throw new IOException("cue " + cue.getKey() + " lacks a numeric \"" + field + "\"");
        }
      }
      try {
        ranges.put(
            cue.getKey(),
            new ReferenceRange(
                r.get("low").asDouble(),
                r.get("median").asDouble(),
                r.get("high").asDouble(),
                r.get("documents").asInt()));
      } catch (IllegalArgumentException e) {
        throw new IOException("cue " + cue.getKey() + ": " + e.getMessage(), e);
      }
    }
    String description = root.path("description").asText("style reference");
    return new StyleReference(ranges, Optional.of(Lexicon.sha256(json)), description);
  }

  /**
   * This snapshot as a report component: role {@code style-reference}, its description as name, and
   * {@code sha256:<hex>} (or {@code unversioned} when built in memory) as version.
   */
  public Component component() {
    return new Component(
        "style-reference", description, sha256.map(h -> "sha256:" + h).orElse("unversioned"));
  }

  /** The range for {@code cueId}, if the snapshot has one. */
  public Optional<ReferenceRange> range(String cueId) {
    return Optional.ofNullable(ranges.get(cueId));
  }

  @Override
  public String toString() {
    return sha256.map(h -> "StyleReference(sha256:" + h.substring(0, 12) + ")").orElse(description);
  }
}
