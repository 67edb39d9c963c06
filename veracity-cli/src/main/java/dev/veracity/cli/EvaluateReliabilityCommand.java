package dev.veracity.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.veracity.classify.LinearReliabilityClassifier;
import dev.veracity.classify.ModelKind;
import dev.veracity.classify.ReliabilityAssessment;
import dev.veracity.classify.ReliabilityModelJson;
import dev.veracity.classify.Verdict;
import dev.veracity.corpus.JsonLinesReader;
import dev.veracity.corpus.LabelMap;
import dev.veracity.corpus.LabelledDocument;
import dev.veracity.corpus.ReadResult;
import dev.veracity.corpus.Reliability;
import dev.veracity.eval.BinaryMetrics;
import dev.veracity.eval.Bootstrap;
import dev.veracity.eval.Estimate;
import dev.veracity.train.GroupedFolds;
import dev.veracity.train.ReliabilityExperiment;
import dev.veracity.train.ReliabilityTrainer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veracity evaluate reliability}: scores a labelled JSON-lines file. */
@Command(
    name = "reliability",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluate reliability classification on a labelled JSON-lines file (id, title, text, label,"
          + " group).",
      "Without --folds or --leave-one-group-out each document is scored by --model, or by the"
          + " default model for its length. With them, models are trained on the file itself by"
          + " grouped cross-validation and every document is scored out of fold.",
      "Accuracy and F1 decide at probability 0.5; uncertain_share is the share of uncertain"
          + " verdicts (band or out of domain). Intervals: 95%% percentile bootstrap."
    })
final class EvaluateReliabilityCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, description = "The labelled JSON-lines file.")
  Path data;

  @Option(names = "--model", description = "A model JSON file (default: by text length).")
  Path model;

  @Option(
      names = "--label-map",
      description = "Label map, e.g. fake=unreliable,real=reliable (default: reliable,unreliable).")
  String labelMap;

  @Option(
      names = "--group-field",
      defaultValue = "group",
      description = "Field holding the cross-validation group (default ${DEFAULT-VALUE}).")
  String groupField;

  @ArgGroup(exclusive = true)
  Protocol protocol;

  static final class Protocol {
    @Option(names = "--folds", description = "Grouped K-fold cross-validation on the file.")
    Integer folds;

    @Option(names = "--leave-one-group-out", description = "One fold per group.")
    boolean leaveOneGroupOut;
  }

  @Option(
      names = "--kind",
      defaultValue = "articles",
      description = "Model kind trained in cross-validation (default ${DEFAULT-VALUE}).")
  String kind;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Option(names = "--bootstrap", defaultValue = "1000", description = "Bootstrap resamples.")
  int resamples;

  @Option(names = "--seed", defaultValue = "13", description = "Bootstrap and training seed.")
  long seed;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    try {
      LabelMap labels =
          labelMap == null
              ? JsonLinesReader.DEFAULT_LABELS
              : JsonLinesReader.parseLabelMap(labelMap);
      ReadResult read = new JsonLinesReader("jsonl", labels, groupField).read(data);
      List<LabelledDocument> docs =
          read.documents().stream().filter(d -> d.label().isPresent()).toList();
      if (docs.isEmpty()) {
        throw new IllegalArgumentException("no document in " + data + " has a mapped label");
      }
      double[] p = new double[docs.size()];
      double[] uncertain = new double[docs.size()];
      int[] y = new int[docs.size()];
      String scoredBy;
      if (protocol != null) {
        ReliabilityTrainer trainer = ReliabilityTrainer.defaults(ModelKind.of(kind), seed);
        List<String> groups = docs.stream().map(LabelledDocument::group).toList();
        int[] fold;
        if (protocol.leaveOneGroupOut) {
          fold = ReliabilityExperiment.leaveOneGroupOut(groups);
          scoredBy = "leave-one-group-out cross-validation (" + groupField + ")";
        } else {
          fold = GroupedFolds.assign(groups, protocol.folds, seed);
          scoredBy = protocol.folds + "-fold grouped cross-validation (" + groupField + ")";
        }
        ReliabilityExperiment.Predictions pr =
            ReliabilityExperiment.crossValidate(trainer, docs, fold);
        for (int i = 0; i < docs.size(); i++) {
          p[i] = pr.probability()[i];
          uncertain[i] = pr.uncertain()[i] ? 1 : 0;
          y[i] = pr.labels()[i];
        }
      } else {
        Map<ModelKind, LinearReliabilityClassifier> byKind = new EnumMap<>(ModelKind.class);
        LinearReliabilityClassifier fixed =
            model == null
                ? null
                : new LinearReliabilityClassifier(ReliabilityModelJson.read(model));
        for (int i = 0; i < docs.size(); i++) {
          String text = docs.get(i).titleAndText();
          LinearReliabilityClassifier c = fixed;
          if (c == null) {
            ModelKind k = ModelKind.forText(text);
            if (!byKind.containsKey(k)) {
              byKind.put(k, LinearReliabilityClassifier.withDefaultModel(k));
            }
            c = byKind.get(k);
          }
          ReliabilityAssessment a = c.assess(text);
          p[i] = a.probabilityUnreliable();
          uncertain[i] = a.verdict() == Verdict.UNCERTAIN ? 1 : 0;
          y[i] = docs.get(i).label().orElseThrow() == Reliability.UNRELIABLE ? 1 : 0;
        }
        scoredBy = fixed != null ? fixed.describe() : "default models by length " + byKind.keySet();
      }
      Bootstrap bootstrap = new Bootstrap(resamples, seed);
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("n", docs.size());
      r.put("unreliable", IntStream.of(y).sum());
      r.put("skipped", read.skipped().size());
      r.put("unlabelled", read.documents().size() - docs.size());
      Map<String, Bootstrap.Metric> metrics = new LinkedHashMap<>();
      metrics.put("accuracy", (s, l) -> BinaryMetrics.accuracy(s, l, 0.5));
      metrics.put("macro_f1", (s, l) -> BinaryMetrics.macroF1(s, l, 0.5));
      metrics.put("weighted_f1", (s, l) -> BinaryMetrics.weightedF1(s, l, 0.5));
      metrics.put("f1_unreliable", (s, l) -> BinaryMetrics.f1(s, l, 0.5));
      metrics.put("roc_auc", BinaryMetrics::rocAuc);
      metrics.put("average_precision", BinaryMetrics::averagePrecision);
      metrics.put("ece", BinaryMetrics::expectedCalibrationError);
      metrics.put("brier", BinaryMetrics::brier);
      for (var e : metrics.entrySet()) {
        r.put(e.getKey(), json(bootstrap.estimate(p, y, e.getValue())));
      }
      r.put("uncertain_share", json(bootstrap.estimate(uncertain, y, (s, l) -> mean(s))));
      r.put("scored_by", scoredBy);
      if (json) {
        stdout.println(
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r));
      } else {
        for (var e : r.entrySet()) {
          stdout.println(e.getKey() + "\t" + e.getValue());
        }
      }
      return VeracityCli.EXIT_OK;
    } catch (IllegalArgumentException e) {
      err.println("veracity: " + e.getMessage());
      return VeracityCli.EXIT_USAGE;
    }
  }

  private static double mean(double[] values) {
    double s = 0;
    for (double v : values) {
      s += v;
    }
    return values.length == 0 ? Double.NaN : s / values.length;
  }

  private static Map<String, Object> json(Estimate e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("value", round(e.value()));
    List<Double> ci = new ArrayList<>();
    for (double v : e.ci95()) {
      ci.add(round(v));
    }
    m.put("ci95", ci);
    return m;
  }

  private static double round(double v) {
    return Double.isNaN(v) ? v : Math.round(v * 10_000) / 10_000.0;
  }
}
