package dev.veracity.claim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads and writes {@link ClaimModel}s as JSON files that other tools can read without our code.
 *
 * <p>Thread-safe.
 */
public final class ClaimModelJson {

  /** Classpath location of the default model. */
  public static final String DEFAULT_RESOURCE = "dev/veracity/claim/checkworthy-model.json";

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private ClaimModelJson() {}

  /** The model as a JSON string. */
  public static String toJson(ClaimModel model) {
    try {
      return MAPPER.writeValueAsString(model);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise model", e);
    }
  }

  /** Writes the model to {@code out}; does not close it. */
  public static void write(ClaimModel model, OutputStream out) throws IOException {
    out.write(toJson(model).getBytes(StandardCharsets.UTF_8));
  }

  /** Writes the model to a file. */
  public static void write(ClaimModel model, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(model, out);
    }
  }

  /** Reads a model from {@code in}; does not close it. */
  public static ClaimModel read(InputStream in) throws InvalidModelException {
    try {
      return MAPPER.readValue(in, ClaimModel.class);
    } catch (IOException | IllegalArgumentException e) {
      throw new InvalidModelException("not a valid check-worthiness model: " + e.getMessage(), e);
    }
  }

  /** Reads a model from a file. */
  public static ClaimModel read(Path file) throws InvalidModelException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw new InvalidModelException("cannot read model " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads the default model shipped on the classpath. */
  public static ClaimModel readDefault() throws InvalidModelException {
    try (InputStream in =
        ClaimModelJson.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new InvalidModelException(
            "default model missing from classpath: " + DEFAULT_RESOURCE);
      }
      return read(in);
    } catch (IOException e) {
      throw new InvalidModelException("cannot read default model: " + e.getMessage(), e);
    }
  }

  /** Hex SHA-256 of the default model file's bytes, to name it in report provenance. */
  public static String defaultSha256() throws InvalidModelException {
    try (InputStream in =
        ClaimModelJson.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new InvalidModelException(
            "default model missing from classpath: " + DEFAULT_RESOURCE);
      }
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
    } catch (IOException e) {
      throw new InvalidModelException("cannot read default model: " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }
}
