package dev.veracity.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Reads and writes models of one type as indented JSON, from streams, files and the classpath.
 *
 * <p>Unknown properties are ignored and missing creator properties are rejected. Thread-safe.
 *
 * @param <T> the model type, a Jackson-mappable record
 */
public final class ModelJson<T> {

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          // Optional fields: an absent one reads as empty, so files older than a field stay valid.
          .registerModule(new Jdk8Module())
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Class<T> type;
  private final String description;

  /**
   * For models of {@code type}; {@code description} names the model in error messages ("not a valid
   * " + description).
   */
  public ModelJson(Class<T> type, String description) {
    this.type = Objects.requireNonNull(type, "type");
    this.description = Objects.requireNonNull(description, "description");
  }

  /** The model as a JSON string. */
  public String toJson(T model) {
    try {
      return MAPPER.writeValueAsString(model);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise model", e);
    }
  }

  /** Writes the model to {@code out}; does not close it. */
  public void write(T model, OutputStream out) throws IOException {
    out.write(toJson(model).getBytes(StandardCharsets.UTF_8));
  }

  /** Writes the model to a file. */
  public void write(T model, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(model, out);
    }
  }

  /** Reads a model from {@code in}; does not close it. */
  public T read(InputStream in) throws InvalidModelException {
    try {
      return MAPPER.readValue(in, type);
    } catch (IOException | IllegalArgumentException e) {
      throw new InvalidModelException("not a valid " + description + ": " + e.getMessage(), e);
    }
  }

  /** Reads a model from a file. */
  public T read(Path file) throws InvalidModelException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw new InvalidModelException("cannot read model " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads a default model shipped on the classpath at {@code resource}. */
  public T readResource(String resource) throws InvalidModelException {
    try (InputStream in = openResource(resource)) {
      return read(in);
    } catch (IOException e) {
      throw new InvalidModelException("cannot read default model: " + e.getMessage(), e);
    }
  }

  /** Hex SHA-256 of the bytes of the default model at {@code resource}, for report provenance. */
  public String resourceSha256(String resource) throws InvalidModelException {
    try (InputStream in = openResource(resource)) {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
    } catch (IOException e) {
      throw new InvalidModelException("cannot read default model: " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }

  private InputStream openResource(String resource) throws InvalidModelException {
    InputStream in = type.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new InvalidModelException("default model missing from classpath: " + resource);
    }
    return in;
  }

  @Override
  public String toString() {
    return "ModelJson[" + type.getSimpleName() + "]";
  }
}
