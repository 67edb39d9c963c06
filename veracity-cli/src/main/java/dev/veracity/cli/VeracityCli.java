package dev.veracity.cli;

import dev.veracity.VeracityVersion;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code veracity} command: the one place where the command line maps errors to exit codes.
 *
 * <p>Exit codes: 0 success; 1 at least one input could not be checked; 2 usage error; 3 internal
 * error (a bug: please report it).
 */
@Command(
    name = "veracity",
    mixinStandardHelpOptions = true,
    versionProvider = VeracityCli.Version.class,
    description = "Tells how far to trust a news article, and why.",
    subcommands = {
      CommandLine.HelpCommand.class,
      TrainCommand.class,
      EvaluateCommand.class,
      ExportCommand.class
    })
public final class VeracityCli {

  /** Success. */
  public static final int EXIT_OK = 0;

  /** At least one input could not be read or checked; the others were. */
  public static final int EXIT_INPUT_ERROR = 1;

  /** The command line was wrong. */
  public static final int EXIT_USAGE = 2;

  /** A bug in Veracity. */
  public static final int EXIT_INTERNAL = 3;

  private VeracityCli() {}

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line, writing to the given streams, and returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new VeracityCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> EXIT_USAGE);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          err.println("veracity: internal error: " + e);
          return EXIT_INTERNAL;
        });
    return cli.execute(args);
  }

  /** Reports the release. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"veracity " + VeracityVersion.get()};
    }
  }
}
