package dev.veracity.cli;

import dev.veracity.VeracityVersion;
import dev.veracity.input.InputException;
import dev.veracity.model.InvalidModelException;
import dev.veracity.server.store.StoreException;
import dev.veracity.train.data.DataFormatException;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code veracity} command: the one place where the command line maps errors to exit codes.
 *
 * <p>Exit codes: 0 success; 1 at least one input (or a model or data file) could not be read; 2
 * usage error; 3 internal error (a bug: please report it). Error messages are one line on standard
 * error: {@code "veracity: <input>: <message>"}.
 */
@Command(
    name = "veracity",
    mixinStandardHelpOptions = true,
    versionProvider = VeracityCli.Version.class,
    description = "Tells how far to trust a news article, and why.",
    subcommands = {
      CommandLine.HelpCommand.class,
      StyleReferenceCommand.class,
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
    return run(args, CliEnvironment.system(), out, err);
  }

  /** Runs the command line in the given environment and returns the exit code. */
  public static int run(
      String[] args, CliEnvironment environment, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new VeracityCli());
    cli.addSubcommand("check", new CheckCommand(environment));
    cli.addSubcommand("claims", new ClaimsCommand(environment));
    cli.addSubcommand("extract", new ExtractCommand(environment));
    cli.addSubcommand("home", new HomeCommand(environment));
    cli.addSubcommand("source", new SourceCommand(environment));
    cli.addSubcommand("serve", new ServeCommand(environment));
    CommandLine factchecks = new CommandLine(new FactchecksCommand());
    factchecks.addSubcommand("import", new FactchecksImportCommand(environment));
    factchecks.addSubcommand("search", new FactchecksSearchCommand(environment));
    factchecks.addSubcommand("stats", new FactchecksStatsCommand(environment));
    factchecks.addSubcommand("build-default", new FactchecksBuildDefaultCommand(environment));
    cli.addSubcommand("factchecks", factchecks);
    cli.getSubcommands()
        .get("evaluate")
        .addSubcommand("matching", new EvaluateMatchingCommand(environment));
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> EXIT_USAGE);
    cli.setParameterExceptionHandler(
        (e, badArgs) -> {
          CommandLine failed = e.getCommandLine();
          err.println("veracity: " + oneLine(e.getMessage()));
          err.println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for usage.");
          err.flush();
          return EXIT_USAGE;
        });
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> report(e, err));
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * Prints the one-line message for {@code e} on {@code err} and returns its exit code: 1 for an
   * {@link InputException}, 3 for anything else (a bug).
   */
  static int report(Exception e, PrintWriter err) {
    err.println("veracity: " + oneLine(errorMessage(e)));
    err.flush();
    return isExternal(e) ? EXIT_INPUT_ERROR : EXIT_INTERNAL;
  }

  /** The stable error code of {@code e} for JSON output, e.g. {@code "not_found"}. */
  static String errorCode(Exception e) {
    if (e instanceof InputException) {
      return ((InputException) e).code().id();
    }
    if (e instanceof InvalidModelException) {
      return "invalid_model";
    }
    if (e instanceof DataFormatException) {
      return "invalid_data";
    }
    if (e instanceof StoreException) {
      return "store_unavailable";
    }
    return e instanceof IOException ? "unreadable" : "internal";
  }

  /** The message for {@code e}; an input error's message names the input. */
  static String errorMessage(Exception e) {
    if (isExternal(e)) {
      return String.valueOf(e.getMessage());
    }
    return "internal error (a bug: please report it): " + e;
  }

  /**
   * Whether {@code e} is about bad external data (an input, a model or data file, the file system)
   * rather than a bug.
   */
  private static boolean isExternal(Exception e) {
    return e instanceof InputException
        || e instanceof StoreException
        || e instanceof InvalidModelException
        || e instanceof DataFormatException
        || e instanceof IOException;
  }

  private static String oneLine(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(Character.isISOControl(c) ? '?' : c);
    }
    return out.toString();
  }

  /** Reports the release. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"veracity " + VeracityVersion.get()};
    }
  }
}
