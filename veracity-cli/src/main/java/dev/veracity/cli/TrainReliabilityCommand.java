package dev.veracity.cli;

import dev.veracity.classify.ModelKind;
import dev.veracity.classify.ReliabilityModel;
import dev.veracity.classify.ReliabilityModelJson;
import dev.veracity.corpus.JsonLinesReader;
import dev.veracity.corpus.LabelMap;
import dev.veracity.train.ReliabilityExperiment;
import dev.veracity.train.ReliabilityTrainer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veracity train reliability}: rebuilds a reliability model from the corpora. */
@Command(
    name = "reliability",
    mixinStandardHelpOptions = true,
    description = {
      "Train a reliability model (liblinear logistic regression over hashed word 1-2-grams and"
          + " style cues, C chosen by grouped cross-validation, Platt calibration, uncertain band)"
          + " and write it as JSON.",
      "Unless --no-domain-gate, the model also gets a domain gate: a classifier over the same"
          + " features that tells the training text from outside text (headlines, debate"
          + " sentences, YouTube comments), flagging texts below a low quantile of held-out"
          + " training text as out of domain.",
      "With --datasets and default options this rebuilds the committed default model of --kind;"
          + " with --data it trains on a labelled JSON-lines file instead."
    })
final class TrainReliabilityCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--datasets", description = "The shared datasets directory.")
  Path datasets;

  @Option(names = "--data", description = "A labelled JSON-lines file to train on instead.")
  Path data;

  @Option(
      names = "--label-map",
      description = "Label map of --data, e.g. fake=unreliable,real=reliable.")
  String labelMap;

  @Option(
      names = "--group-field",
      defaultValue = "group",
      description =
          "Field of --data holding the cross-validation group (default ${DEFAULT-VALUE}).")
  String groupField;

  @Option(
      names = "--kind",
      defaultValue = "articles",
      description = "articles, statements or posts (default ${DEFAULT-VALUE}).")
  String kind;

  @Option(names = "--out", required = true, description = "Where to write the model JSON.")
  Path out;

  @Option(
      names = "--seed",
      defaultValue = "13",
      description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--char-ngrams",
      defaultValue = "0",
      description = "Longest character n-gram (0: none, the default; otherwise 3..N).")
  int charNgrams;

  @Option(names = "--hash-bits", defaultValue = "18", description = "log2 of the hashed buckets.")
  int hashBits;

  @Option(
      names = "--c-grid",
      split = ",",
      description = "Candidate C values (default: the trainer's, 0.25,1,4,16,64).")
  List<Double> cGrid;

  @Mixin DomainGateOptions gate;

  @Option(
      names = "--add-gate-to",
      description =
          "Read this model, train only its domain gate on the training data (--datasets or"
              + " --data; the data the model was trained on) and write the model with the gate to"
              + " --out, every other field unchanged.")
  Path addGateTo;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    try {
      ModelKind k = ModelKind.of(kind);
      if ((datasets == null) == (data == null)) {
        throw new IllegalArgumentException("give exactly one of --datasets and --data");
      }
      ReliabilityExperiment.TrainingData training;
      if (data != null) {
        LabelMap labels =
            labelMap == null
                ? JsonLinesReader.DEFAULT_LABELS
                : JsonLinesReader.parseLabelMap(labelMap);
        JsonLinesReader reader = new JsonLinesReader("jsonl", labels, groupField);
        training =
            ReliabilityExperiment.of(
                List.of(reader.read(data.toAbsolutePath())), data.toAbsolutePath().getParent());
      } else {
        training = ReliabilityExperiment.load(datasets, ReliabilityExperiment.readers(k));
      }
      ReliabilityTrainer trainer = ReliabilityTrainer.defaults(k, seed);
      var features = trainer.config().features().withHashBits(hashBits);
      if (charNgrams > 0) {
        features = features.withCharNgrams(3, charNgrams);
      }
      trainer = trainer.withFeatures(features);
      if (cGrid != null) {
        trainer = trainer.withCGrid(cGrid);
      }
      trainer = gate.apply(trainer, k, datasets);
      if (addGateTo != null) {
        if (trainer.domainGate().isEmpty()) {
          throw new IllegalArgumentException("--add-gate-to needs a domain gate");
        }
        ReliabilityModel existing = ReliabilityModelJson.read(addGateTo);
        ReliabilityModel gated =
            trainer.withFeatures(existing.features()).addDomainGate(existing, training.documents());
        ReliabilityModelJson.write(gated, out);
        stdout.printf(
            "wrote %s: %s with a domain gate trained on %d documents%n",
            out, addGateTo, training.documents().size());
        printGate(stdout, gated);
        return VeracityCli.EXIT_OK;
      }
      ReliabilityTrainer.Result result = trainer.train(training.documents(), training.provenance());
      ReliabilityModelJson.write(result.model(), out);
      stdout.printf(
          "wrote %s: %d documents, C=%s, %d non-zero weights, band (%.4f, %.4f), decision"
              + " threshold %.2f, %s calibration (%s)%n",
          out,
          training.documents().size(),
          result.chosenC(),
          result.model().weights().size(),
          result.model().reliableAtOrBelow(),
          result.model().unreliableAtOrAbove(),
          result.model().decisionThreshold(),
          result.model().calibration().method(),
          result.model().calibration().reason());
      printGate(stdout, result.model());
      return VeracityCli.EXIT_OK;
    } catch (IllegalArgumentException e) {
      err.println("veracity: " + e.getMessage());
      return VeracityCli.EXIT_USAGE;
    }
  }

  private static void printGate(PrintWriter stdout, ReliabilityModel model) {
    model
        .domainGate()
        .ifPresent(
            g ->
                stdout.printf(
                    "domain gate: threshold %.4f, %d non-zero weights, %s%n",
                    g.threshold(), g.weights().size(), g.provenance().get("metrics")));
  }
}
