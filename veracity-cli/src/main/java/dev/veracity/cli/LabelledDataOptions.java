package dev.veracity.cli;

import dev.veracity.eval.Bootstrap;
import dev.veracity.input.InputException;
import dev.veracity.model.InvalidModelException;
import dev.veracity.model.LinearTextModel;
import dev.veracity.model.LinearTextModelFormat;
import dev.veracity.train.data.DataFormatException;
import dev.veracity.train.data.JsonLines;
import dev.veracity.train.data.LabeledSentence;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options every {@code evaluate} command of a linear text model shares: the labelled file, the
 * model, the output form and the bootstrap.
 */
final class LabelledDataOptions {

  @Mixin ReportingOptions reporting;

  @Option(names = "--data", required = true, description = "The labelled JSON-lines file.")
  Path data;

  @Option(names = "--model", description = "A model JSON file (default: the built-in model).")
  Path model;

  /** The model of {@code --model}, or {@code format}'s default model. */
  LinearTextModel model(LinearTextModelFormat format) throws InvalidModelException {
    return model == null ? format.readDefault() : format.read(model);
  }

  /** The labelled lines of {@code --data}, each line's group read from {@code groupField}. */
  List<LabeledSentence> rows(String groupField) throws InputException, DataFormatException {
    try {
      return JsonLines.read(data, groupField);
    } catch (IOException e) {
      throw new InputException(
          InputException.Code.UNREADABLE, data.toString(), "cannot read: " + e.getMessage(), e);
    }
  }

  /** The bootstrap of {@code --bootstrap} and {@code --seed}. */
  Bootstrap bootstrap() {
    return reporting.bootstrap();
  }

  /** Whether {@code --json} was given. */
  boolean json() {
    return reporting.json;
  }
}
