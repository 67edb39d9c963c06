package dev.veracity.cli;

import dev.veracity.Veracity;
import dev.veracity.claim.ClaimFeaturizer;
import dev.veracity.claim.LinearClaimDetector;
import dev.veracity.corpus.FileDigests;
import dev.veracity.embed.SentenceEncoder;
import dev.veracity.model.InvalidModelException;
import dev.veracity.model.LinearTextModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code --claim-model} option of the commands that rank claims: a check-worthiness model file
 * instead of the built-in one. A model trained with sentence vectors ({@code train checkworthy
 * --vectors}) names its encoder, which this option loads.
 */
final class ClaimModelOption {

  @Option(
      names = "--claim-model",
      paramLabel = "FILE",
      description =
          "A check-worthiness model from `veracity train checkworthy` (default: the built-in"
              + " model). A model trained with --vectors loads its sentence encoder.")
  private Path file;

  /** Makes {@code builder} rank claims with the named model, when one is named. */
  void apply(Veracity.Builder builder) throws InvalidModelException, IOException {
    if (file == null) {
      return;
    }
    LinearClaimDetector detector = detector(LinearClaimDetector.MODEL_FORMAT.read(file));
    builder.claimModel(
        detector, file + " " + detector.describe(), "sha256:" + FileDigests.sha256(file));
  }

  /**
   * A detector for {@code model}, with the sentence encoder its features name.
   *
   * @throws InvalidModelException when the model needs an encoder this build does not have
   */
  static LinearClaimDetector detector(LinearTextModel model) throws InvalidModelException {
    return new LinearClaimDetector(model, encoderFor(model));
  }

  /** The encoder {@code model}'s features come from; empty for a lexical model. */
  static Optional<SentenceEncoder> encoderFor(LinearTextModel model) throws InvalidModelException {
    Optional<String> name = ClaimFeaturizer.encoderName(model.denseFeatures());
    if (name.isEmpty()) {
      return Optional.empty();
    }
    Optional<SentenceEncoder> encoder = ClaimEncoders.byName(name.get());
    if (encoder.isEmpty()) {
      throw new InvalidModelException(
          "the claim model needs sentence encoder "
              + name.get()
              + ", which this build does not have");
    }
    return encoder;
  }
}
