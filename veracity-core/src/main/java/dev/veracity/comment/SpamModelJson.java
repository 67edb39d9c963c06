package dev.veracity.comment;

import dev.veracity.model.InvalidModelException;
import dev.veracity.model.ModelJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads and writes {@link SpamModel}s as JSON files that other tools can read without our code.
 *
 * <p>Thread-safe.
 */
public final class SpamModelJson {

  /** Classpath location of the default model. */
  public static final String DEFAULT_RESOURCE = "dev/veracity/comment/spam-model.json";

  private static final ModelJson<SpamModel> JSON =
      new ModelJson<>(SpamModel.class, "comment-spam model");

  private SpamModelJson() {}

  /** The model as a JSON string. */
  public static String toJson(SpamModel model) {
    return JSON.toJson(model);
  }

  /** Writes the model to a file. */
  public static void write(SpamModel model, Path file) throws IOException {
    JSON.write(model, file);
  }

  /** Reads a model from {@code in}; does not close it. */
  public static SpamModel read(InputStream in) throws InvalidModelException {
    return JSON.read(in);
  }

  /** Reads a model from a file. */
  public static SpamModel read(Path file) throws InvalidModelException {
    return JSON.read(file);
  }

  /** Reads the default model shipped on the classpath. */
  public static SpamModel readDefault() throws InvalidModelException {
    return JSON.readResource(DEFAULT_RESOURCE);
  }
}
