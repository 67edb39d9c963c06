package dev.veracity.cli;

import dev.veracity.eval.Bootstrap;
import picocli.CommandLine.Option;

/** The output and bootstrap options every {@code evaluate} command shares. */
final class ReportingOptions {

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Option(names = "--bootstrap", defaultValue = "1000", description = "Bootstrap resamples.")
  int resamples;

  @Option(
      names = "--seed",
      defaultValue = "13",
      description = "Bootstrap seed, and training seed where the command trains.")
  long seed;

  /** The bootstrap of {@code --bootstrap} and {@code --seed}. */
  Bootstrap bootstrap() {
    return new Bootstrap(resamples, seed);
  }
}
