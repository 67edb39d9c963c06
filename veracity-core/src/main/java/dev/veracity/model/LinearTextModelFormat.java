package dev.veracity.model;

import dev.veracity.feature.FeatureConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One family of {@link LinearTextModel} files: its format tag, class labels and default model on
 * the classpath; reads only files that carry its tag.
 *
 * <p>Immutable and thread-safe.
 *
 * @param tag the format tag every model of the family carries
 * @param description names the family in error messages, e.g. {@code check-worthiness model}
 * @param defaultResource classpath location of the default model
 * @param labels what the two classes mean ("1" and "0")
 */
public record LinearTextModelFormat(
    String tag, String description, String defaultResource, Map<String, String> labels) {

  private static final ModelJson<LinearTextModel> JSON =
      new ModelJson<>(LinearTextModel.class, "linear text model");

  /** Validates and copies. */
  public LinearTextModelFormat {
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(defaultResource, "defaultResource");
    labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
  }

  /** A model of this family with its tag and labels. */
  public LinearTextModel model(
      FeatureConfig features,
      List<String> denseFeatures,
      double bias,
      SparseWeights weights,
      PlattCalibration calibration,
      double threshold,
      Map<String, Object> provenance) {
    return new LinearTextModel(
        tag, features, denseFeatures, bias, weights, calibration, threshold, labels, provenance);
  }

  /**
   * {@code model} itself when it carries this family's tag.
   *
   * @throws InvalidModelException when it carries another tag
   */
  public LinearTextModel check(LinearTextModel model) throws InvalidModelException {
    if (!tag.equals(model.format())) {
      throw new InvalidModelException(
          "not a valid " + description + ": format must be " + tag + ", got " + model.format());
    }
    return model;
  }

  /** The model as a JSON string. */
  public String toJson(LinearTextModel model) {
    return JSON.toJson(model);
  }

  /** Writes the model to {@code out}; does not close it. */
  public void write(LinearTextModel model, OutputStream out) throws IOException {
    JSON.write(model, out);
  }

  /** Writes the model to a file. */
  public void write(LinearTextModel model, Path file) throws IOException {
    JSON.write(model, file);
  }

  /** Reads a model of this family from {@code in}; does not close it. */
  public LinearTextModel read(InputStream in) throws InvalidModelException {
    return check(JSON.read(in));
  }

  /** Reads a model of this family from a file. */
  public LinearTextModel read(Path file) throws InvalidModelException {
    return check(JSON.read(file));
  }

  /** Reads the default model shipped on the classpath. */
  public LinearTextModel readDefault() throws InvalidModelException {
    return check(JSON.readResource(defaultResource));
  }

  /** Hex SHA-256 of the default model file's bytes, to name it in report provenance. */
  public String defaultSha256() throws InvalidModelException {
    return JSON.resourceSha256(defaultResource);
  }
}
