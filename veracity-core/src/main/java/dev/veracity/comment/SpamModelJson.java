package dev.veracity.comment;

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
 * Reads and writes {@link SpamModel}s as JSON files that other tools can read without our code.
 *
 * <p>Thread-safe.
 */
public final class SpamModelJson {

  /** Classpath location of the default model. */
  public static final String DEFAULT_RESOURCE = "dev/veracity/comment/spam-model.json";

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private SpamModelJson() {}

  /** The model as a JSON string. */
  public static String toJson(SpamModel model) {
    try {
      return MAPPER.writeValueAsString(model);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise model", e);
    }
  }

  /** Writes the model to a file. */
  public static void write(SpamModel model, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(toJson(model).getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Reads a model from {@code in}; does not close it. */
  public static SpamModel read(InputStream in) throws InvalidModelException {
    try {
      return MAPPER.readValue(in, SpamModel.class);
    } catch (IOException | IllegalArgumentException e) {
      throw new InvalidModelException("not a valid comment-spam model: " + e.getMessage(), e);
    }
  }

  /** Reads a model from a file. */
  public static SpamModel read(Path file) throws InvalidModelException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw new InvalidModelException("cannot read model " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads the default model shipped on the classpath. */
  public static SpamModel readDefault() throws InvalidModelException {
    try (InputStream in =
        SpamModelJson.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new InvalidModelException(
            "default model missing from classpath: " + DEFAULT_RESOURCE);
      }
      return read(in);
    } catch (IOException e) {
      throw new InvalidModelException("cannot read default model: " + e.getMessage(), e);
    }
  }
}
