package dev.veracity.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.veracity.model.LinearTextModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Steps the train, evaluate and export commands of the linear text models share. */
final class ModelCommands {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ModelCommands() {}

  /**
   * Runs {@code body}, turning an {@link IllegalArgumentException} (a bad option value or corpus
   * name) into a usage error of {@code spec}'s command.
   */
  static int withUsageErrors(CommandSpec spec, Callable<Integer> body) throws Exception {
    try {
      return body.call();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  /** {@code value} as indented JSON. */
  static String json(Object value) throws IOException {
    return JSON.writeValueAsString(value);
  }

  /** Writes {@code report} as indented JSON to {@code file}, or to {@code out} when it is null. */
  static void writeReport(Object report, Path file, PrintWriter out) throws IOException {
    if (file != null) {
      Files.writeString(file, json(report));
    } else {
      out.println(json(report));
    }
  }

  /** The line a train command prints after writing its model. */
  static void printWritten(PrintWriter out, Path file, double chosenC, LinearTextModel model) {
    out.printf(
        "wrote %s: C=%s, %d non-zero weights, threshold %.4f%n",
        file, chosenC, model.weights().size(), model.threshold());
  }
}
