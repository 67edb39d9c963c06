package dev.veracity.claim;

import dev.veracity.model.InvalidModelException;
import dev.veracity.model.ModelJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Reads and writes {@link ClaimModel}s as JSON files that other tools can read without our code.
 *
 * <p>Thread-safe.
 */
public final class ClaimModelJson {

  /** Classpath location of the default model. */
  public static final String DEFAULT_RESOURCE = "dev/veracity/claim/checkworthy-model.json";

  private static final ModelJson<ClaimModel> JSON =
      new ModelJson<>(ClaimModel.class, "check-worthiness model");

  private ClaimModelJson() {}

  /** The model as a JSON string. */
  public static String toJson(ClaimModel model) {
    return JSON.toJson(model);
  }

  /** Writes the model to {@code out}; does not close it. */
  public static void write(ClaimModel model, OutputStream out) throws IOException {
    JSON.write(model, out);
  }

  /** Writes the model to a file. */
  public static void write(ClaimModel model, Path file) throws IOException {
    JSON.write(model, file);
  }

  /** Reads a model from {@code in}; does not close it. */
  public static ClaimModel read(InputStream in) throws InvalidModelException {
    return JSON.read(in);
  }

  /** Reads a model from a file. */
  public static ClaimModel read(Path file) throws InvalidModelException {
    return JSON.read(file);
  }

  /** Reads the default model shipped on the classpath. */
  public static ClaimModel readDefault() throws InvalidModelException {
    return JSON.readResource(DEFAULT_RESOURCE);
  }

  /** Hex SHA-256 of the default model file's bytes, to name it in report provenance. */
  public static String defaultSha256() throws InvalidModelException {
    return JSON.resourceSha256(DEFAULT_RESOURCE);
  }
}
