package dev.veracity.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code --home} option shared by the commands that read or write Veracity's home directory
 * (else {@code $VERACITY_HOME}, else {@code ~/.veracity}).
 */
final class HomeOption {

  @Option(names = "--home", paramLabel = "DIR", description = "Veracity's home directory.")
  private Path home;

  /** The home directory this option, the environment or the default names. */
  Path directory(CliEnvironment environment) {
    return environment.home(Optional.ofNullable(home)).directory();
  }
}
