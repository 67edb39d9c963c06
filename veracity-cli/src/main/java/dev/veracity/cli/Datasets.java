package dev.veracity.cli;

import java.nio.file.Path;
import java.util.Optional;

/** Where the public corpora and rating lists are read from, resolved at the command line. */
final class Datasets {

  /** The environment variable naming the datasets folder. */
  static final String ENV = "VERACITY_DATASETS";

  private Datasets() {}

  /** {@code --datasets}, else {@code $VERACITY_DATASETS}, else {@code ../shared/datasets}. */
  static Path resolve(Optional<Path> option, CliEnvironment environment) {
    return option
        .or(
            () ->
                Optional.ofNullable(environment.env().get(ENV))
                    .filter(v -> !v.isBlank())
                    .map(Path::of))
        .orElseGet(() -> Path.of("..", "shared", "datasets"));
  }
}
