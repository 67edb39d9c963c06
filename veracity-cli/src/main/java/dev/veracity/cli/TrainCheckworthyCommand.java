package dev.veracity.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.veracity.claim.ClaimModelJson;
import dev.veracity.eval.Bootstrap;
import dev.veracity.train.CheckworthyExperiment;
import dev.veracity.train.CheckworthyTrainer;
import dev.veracity.train.TrainerConfig;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veracity train checkworthy}: rebuilds the check-worthiness model from the corpora. */
@Command(
    name = "checkworthy",
    mixinStandardHelpOptions = true,
    description = {
      "Train the check-worthy claim model (liblinear logistic regression, C chosen by grouped"
          + " cross-validation, Platt calibration) and write it as JSON.",
      "With default options this rebuilds the committed default model."
    })
final class TrainCheckworthyCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--datasets", required = true, description = "The shared datasets directory.")
  Path datasets;

  @Option(names = "--out", required = true, description = "Where to write the model JSON.")
  Path out;

  @Option(
      names = "--seed",
      defaultValue = "13",
      description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--corpora",
      split = ",",
      defaultValue = "claimbuster,checkthat2019",
      description = "Training corpora (default ${DEFAULT-VALUE}).")
  List<String> corpora;

  @Option(names = "--solver", defaultValue = "L2R_LR", description = "L2R_LR or L1R_LR.")
  String solver;

  @Option(names = "--c-grid", split = ",", description = "Candidate C values.")
  List<Double> cGrid;

  @Option(names = "--hash-bits", defaultValue = "18", description = "log2 of the hashed buckets.")
  int hashBits;

  @Option(
      names = "--char-ngrams",
      defaultValue = "0",
      description = "Longest character n-gram (0: none; otherwise 3..N).")
  int charNgrams;

  @Option(names = "--word-ngrams", defaultValue = "2", description = "Longest word n-gram.")
  int wordNgrams;

  @Option(
      names = "--nested-cv",
      description = "Also run nested grouped cross-validation and write its report (--report).")
  boolean nestedCv;

  @Option(names = "--report", description = "Where to write the nested cross-validation report.")
  Path report;

  @Option(names = "--export-folds", description = "Write the outer folds as JSON lines here.")
  Path exportFolds;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    try {
      TrainerConfig config = config();
      CheckworthyExperiment.TrainingData data = CheckworthyExperiment.load(datasets, corpora);
      if (exportFolds != null) {
        CheckworthyExperiment.exportFolds(data.sentences(), config, exportFolds);
        stdout.println("wrote " + config.folds() + " outer folds to " + exportFolds);
      }
      if (nestedCv) {
        CheckworthyExperiment.Predictions p =
            CheckworthyExperiment.nestedCrossValidation(data.sentences(), config);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put(
            "protocol",
            "nested grouped " + config.folds() + "-fold cross-validation, seed " + seed);
        r.put("corpora", corpora);
        r.put(
            "results",
            CheckworthyExperiment.report(data.sentences(), p, new Bootstrap(1000, seed)));
        String json =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r);
        if (report != null) {
          Files.writeString(report, json);
        } else {
          stdout.println(json);
        }
      }
      CheckworthyTrainer.Result result =
          new CheckworthyTrainer(config).train(data.sentences(), data.provenance());
      ClaimModelJson.write(result.model(), out);
      stdout.printf(
          "wrote %s: C=%s, %d non-zero weights, threshold %.4f%n",
          out, result.chosenC(), result.model().weights().size(), result.model().threshold());
      return VeracityCli.EXIT_OK;
    } catch (IllegalArgumentException e) {
      err.println("veracity: " + e.getMessage());
      return VeracityCli.EXIT_USAGE;
    }
  }

  private TrainerConfig config() {
    TrainerConfig c = TrainerConfig.defaults(seed);
    var features = c.features().withHashBits(hashBits).withWordNgrams(1, wordNgrams);
    if (charNgrams > 0) {
      features = features.withCharNgrams(3, charNgrams);
    }
    c = c.withFeatures(features);
    if (cGrid != null || !solver.equals(c.solver())) {
      c = c.withSolver(solver, cGrid != null ? cGrid : c.cGrid());
    }
    return c;
  }
}
