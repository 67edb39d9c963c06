package dev.veracity.cli;

import dev.veracity.input.InputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The options every command that reads articles shares: the inputs, {@code --inputs-from}, and the
 * output mode ({@code --json} or {@code --jsonl}). A picocli mixin.
 */
final class ArticleInputs {

  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  @Parameters(paramLabel = "INPUT", arity = "0..*", description = "FILE, DIR, - or URL.")
  private List<String> inputs = new ArrayList<>();

  @Option(names = "--json", description = "Print JSON: one object, or an array for several.")
  private boolean json;

  @Option(names = "--jsonl", description = "Print one JSON object per input, one per line.")
  private boolean jsonl;

  @Option(
      names = "--inputs-from",
      paramLabel = "LIST",
      description = "Also read the paths or URLs listed in LIST, one per line (# comments).")
  private Path inputsFrom;

  /**
   * The inputs, directories expanded, in order.
   *
   * @throws CommandLine.ParameterException when no input is given or the output flags conflict
   * @throws InputException when the {@code --inputs-from} list cannot be read
   */
  List<InputSources.Item> items() throws InputException {
    if (json && jsonl) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--json and --jsonl cannot be combined");
    }
    List<String> sources = new ArrayList<>(inputs);
    if (inputsFrom != null) {
      sources.addAll(InputSources.readList(inputsFrom));
    }
    if (sources.isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "no input given (a FILE, DIR, - or URL)");
    }
    return InputSources.expand(sources);
  }

  /** A printer for the chosen output mode. */
  ResultPrinter printer() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ResultPrinter.Mode mode =
        json ? ResultPrinter.Mode.JSON : jsonl ? ResultPrinter.Mode.JSONL : ResultPrinter.Mode.TEXT;
    return new ResultPrinter(mode, out, err);
  }
}
