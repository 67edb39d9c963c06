package dev.veracity.cli;

import dev.veracity.train.CheckworthyExperiment;
import dev.veracity.train.TrainerConfig;
import dev.veracity.train.data.CheckworthyCorpora;
import dev.veracity.train.data.JsonLines;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veracity export checkworthy}: writes a corpus split as labelled JSON lines. */
@Command(
    name = "checkworthy",
    mixinStandardHelpOptions = true,
    description = {
      "Write a check-worthiness split as JSON lines ({text, label, source, group}).",
      "--split is a corpus (claimbuster, claimbuster-2020, checkthat2019, tweets2020) or 'folds'"
          + " (the outer cross-validation folds of the training corpora; --out is then a"
          + " directory)."
    })
final class ExportCheckworthyCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--datasets", required = true, description = "The shared datasets directory.")
  Path datasets;

  @Option(names = "--split", required = true, description = "Corpus name or 'folds'.")
  String split;

  @Option(names = "--out", required = true, description = "Output file (or directory for folds).")
  Path out;

  @Option(
      names = "--seed",
      defaultValue = "13",
      description = "Fold seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--corpora",
      split = ",",
      defaultValue = "claimbuster,checkthat2019",
      description = "Corpora in the folds (default ${DEFAULT-VALUE}).")
  List<String> corpora;

  @Override
  public Integer call() throws Exception {
    return ModelCommands.withUsageErrors(
        spec,
        () -> {
          if (split.equals("folds")) {
            CheckworthyExperiment.TrainingData data = CheckworthyExperiment.load(datasets, corpora);
            CheckworthyExperiment.exportFolds(data.sentences(), TrainerConfig.defaults(seed), out);
          } else {
            JsonLines.write(CheckworthyCorpora.read(datasets, split), out);
          }
          spec.commandLine().getOut().println("wrote " + out);
          return VeracityCli.EXIT_OK;
        });
  }
}
