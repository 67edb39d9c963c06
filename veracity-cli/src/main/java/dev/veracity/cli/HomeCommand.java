package dev.veracity.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veracity home}: prints the home directory Veracity would use. */
@Command(
    name = "home",
    mixinStandardHelpOptions = true,
    description =
        "Prints Veracity's home directory (--home, else $VERACITY_HOME, else ~/.veracity).")
final class HomeCommand implements Callable<Integer> {

  private final CliEnvironment environment;

  @Spec private CommandSpec spec;

  @Option(names = "--home", paramLabel = "DIR", description = "Use this home directory.")
  private Path home;

  HomeCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    spec.commandLine().getOut().println(environment.home(Optional.ofNullable(home)).directory());
    return VeracityCli.EXIT_OK;
  }
}
