package dev.veracity.classify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.veracity.claim.InvalidModelException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes {@link ReliabilityModel}s as JSON files that other tools can read without our
 * code.
 *
 * <p>Thread-safe.
 */
public final class ReliabilityModelJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private ReliabilityModelJson() {}

  /** The model as a JSON string. */
  public static String toJson(ReliabilityModel model) {
    try {
      return MAPPER.writeValueAsString(model);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise model", e);
    }
  }

  /** Writes the model to {@code out}; does not close it. */
  public static void write(ReliabilityModel model, OutputStream out) throws IOException {
    out.write(toJson(model).getBytes(StandardCharsets.UTF_8));
  }

  /** Writes the model to a file. */
  public static void write(ReliabilityModel model, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(model, out);
    }
  }

  /** Reads a model from {@code in}; does not close it. */
  public static ReliabilityModel read(InputStream in) throws InvalidModelException {
    try {
      return MAPPER.readValue(in, ReliabilityModel.class);
    } catch (IOException | IllegalArgumentException e) {
      throw new InvalidModelException("not a valid reliability model: " + e.getMessage(), e);
    }
  }

  /** Reads a model from a file. */
  public static ReliabilityModel read(Path file) throws InvalidModelException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw new InvalidModelException("cannot read model " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads the default model of {@code kind} shipped on the classpath. */
  public static ReliabilityModel readDefault(ModelKind kind) throws InvalidModelException {
    try (InputStream in =
        ReliabilityModelJson.class.getClassLoader().getResourceAsStream(kind.resource())) {
      if (in == null) {
        throw new InvalidModelException("default model missing from classpath: " + kind.resource());
      }
      return read(in);
    } catch (IOException e) {
      throw new InvalidModelException("cannot read default model: " + e.getMessage(), e);
    }
  }
}
