package dev.veracity.cli;

import dev.veracity.claim.LinearClaimDetector;
import dev.veracity.embed.SentenceEncoder;
import dev.veracity.train.CheckworthyExperiment;
import dev.veracity.train.CheckworthyTrainer;
import dev.veracity.train.ClassWeighting;
import dev.veracity.train.TrainerConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Mixin LinearTrainingOptions training;

  @Option(
      names = "--corpora",
      split = ",",
      defaultValue = "claimbuster,checkthat2019",
      description = "Training corpora (default ${DEFAULT-VALUE}).")
  List<String> corpora;

  @Option(
      names = "--nested-cv",
      description = "Also run nested grouped cross-validation and write its report (--report).")
  boolean nestedCv;

  @Option(names = "--report", description = "Where to write the nested cross-validation report.")
  Path report;

  @Option(names = "--export-folds", description = "Write the outer folds as JSON lines here.")
  Path exportFolds;

  @Option(
      names = "--calibrate-on",
      split = ",",
      description =
          "Sources whose out-of-fold scores fit the Platt calibration (default: the trainer's;"
              + " 'all' for every source).")
  List<String> calibrateOn;

  @Option(
      names = "--stability",
      description =
          "Also retrain N times on bootstrap resamples with seeds SEED..SEED+N-1 and report how"
              + " precision at scores >= 0.5 and >= 0.7 on a held-out fold varies"
              + " (--stability-report, else standard output).")
  Integer stability;

  @Option(names = "--stability-report", description = "Where to write the stability report.")
  Path stabilityReport;

  @Option(
      names = "--vectors",
      defaultValue = "none",
      description =
          "Sentence vectors added to the features: none, minilm (all-MiniLM-L6-v2), bge"
              + " (bge-small-en-v1.5, more accurate, slower) or e5 (e5-small-v2, as fast as bge);"
              + " the model then needs the encoder"
              + " to score (default ${DEFAULT-VALUE}).")
  String vectors;

  @Option(
      names = "--class-weighting",
      defaultValue = "pooled",
      description =
          "Class weightings to choose from together with C, joined by ';': pooled (classes"
              + " balanced over all rows, the default model's), per-source (balanced within each"
              + " corpus) or per-source:CORPUS=SCALE,... (then that corpus's rows times SCALE),"
              + " e.g. 'pooled;per-source:checkthat2019=0.25;per-source:checkthat2019=0.125'"
              + " (default ${DEFAULT-VALUE}).")
  String classWeighting;

  @Override
  public Integer call() throws Exception {
    return ModelCommands.withUsageErrors(spec, this::train);
  }

  private int train() throws Exception {
    PrintWriter stdout = spec.commandLine().getOut();
    TrainerConfig config = training.config(TrainerConfig::defaults);
    if (calibrateOn != null) {
      config =
          config.withCalibrationSources(
              calibrateOn.equals(List.of("all")) ? List.of() : calibrateOn);
    }
    CheckworthyTrainer trainer =
        new CheckworthyTrainer(config, encoder()).withWeightings(weightings());
    CheckworthyExperiment.TrainingData data =
        CheckworthyExperiment.load(training.datasets, corpora);
    if (exportFolds != null) {
      CheckworthyExperiment.exportFolds(data.sentences(), config, exportFolds);
      stdout.println("wrote " + config.folds() + " outer folds to " + exportFolds);
    }
    if (nestedCv) {
      CheckworthyExperiment.Predictions p =
          CheckworthyExperiment.nestedCrossValidation(data.sentences(), trainer);
      Map<String, Object> r = new LinkedHashMap<>();
      r.put(
          "protocol",
          "nested grouped " + config.folds() + "-fold cross-validation, seed " + config.seed());
      r.put("corpora", corpora);
      r.put("vectors", vectors);
      r.put("class_weightings", classWeighting);
      r.put("results", CheckworthyExperiment.report(data.sentences(), p, training.bootstrap()));
      ModelCommands.writeReport(r, report, stdout);
    }
    if (stability != null) {
      ModelCommands.writeReport(
          CheckworthyExperiment.stability(data.sentences(), trainer, stability),
          stabilityReport,
          stdout);
    }
    CheckworthyTrainer.Result result = trainer.train(data.sentences(), data.provenance());
    LinearClaimDetector.MODEL_FORMAT.write(result.model(), training.out);
    ModelCommands.printWritten(stdout, training.out, result.chosenC(), result.model());
    return VeracityCli.EXIT_OK;
  }

  private List<ClassWeighting> weightings() {
    try {
      return ClassWeighting.parseList(classWeighting);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  private Optional<SentenceEncoder> encoder() {
    try {
      return ClaimEncoders.forOption(vectors);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }
}
