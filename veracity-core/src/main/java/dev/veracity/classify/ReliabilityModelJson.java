package dev.veracity.classify;

import dev.veracity.model.InvalidModelException;
import dev.veracity.model.ModelJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Reads and writes {@link ReliabilityModel}s as JSON files that other tools can read without our
 * code.
 *
 * <p>Thread-safe.
 */
public final class ReliabilityModelJson {

  private static final ModelJson<ReliabilityModel> JSON =
      new ModelJson<>(ReliabilityModel.class, "reliability model");

  private ReliabilityModelJson() {}

  /** The model as a JSON string. */
  public static String toJson(ReliabilityModel model) {
    return JSON.toJson(model);
  }

  /** Writes the model to {@code out}; does not close it. */
  public static void write(ReliabilityModel model, OutputStream out) throws IOException {
    JSON.write(model, out);
  }

  /** Writes the model to a file. */
  public static void write(ReliabilityModel model, Path file) throws IOException {
    JSON.write(model, file);
  }

  /** Reads a model from {@code in}; does not close it. */
  public static ReliabilityModel read(InputStream in) throws InvalidModelException {
    return JSON.read(in);
  }

  /** Reads a model from a file. */
  public static ReliabilityModel read(Path file) throws InvalidModelException {
    return JSON.read(file);
  }

  /** The hex SHA-256 of the default model file of {@code kind}, for provenance. */
  public static String defaultSha256(ModelKind kind) throws InvalidModelException {
    return JSON.resourceSha256(kind.resource());
  }

  /** Reads the default model of {@code kind} shipped on the classpath. */
  public static ReliabilityModel readDefault(ModelKind kind) throws InvalidModelException {
    return JSON.readResource(kind.resource());
  }
}
