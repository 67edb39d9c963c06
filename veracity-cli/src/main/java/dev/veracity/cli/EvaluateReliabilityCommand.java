package dev.veracity.cli;

import dev.veracity.classify.LinearReliabilityClassifier;
import dev.veracity.classify.ModelKind;
import dev.veracity.classify.OutOfDomain;
import dev.veracity.classify.ReliabilityAssessment;
import dev.veracity.classify.ReliabilityModelJson;
import dev.veracity.classify.ShortTextRouter;
import dev.veracity.classify.Verdict;
import dev.veracity.corpus.JsonLinesReader;
import dev.veracity.corpus.LabelMap;
import dev.veracity.corpus.LabelledDocument;
import dev.veracity.corpus.ReadResult;
import dev.veracity.corpus.Reliability;
import dev.veracity.eval.BinaryMetrics;
import dev.veracity.eval.Bootstrap;
import dev.veracity.eval.CoveragePoint;
import dev.veracity.eval.CoveragePrecision;
import dev.veracity.eval.Estimate;
import dev.veracity.train.GroupedFolds;
import dev.veracity.train.ReliabilityExperiment;
import dev.veracity.train.ReliabilityTrainer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
      "Accuracy and F1 decide at each model's decision threshold (chosen for macro-F1 on its"
          + " training data's cross-fitted out-of-fold predictions); uncertain_share is the share of"
          + " uncertain verdicts (band or out of domain); confident gives the precision of the"
          + " verdicts that are not uncertain; coverage_precision the accuracy of the most"
          + " confident 10%%, 20%%, ... of items. Intervals: 95%% percentile bootstrap.",
      "out_of_domain_share is the share out of domain for any reason, unlike_training_text_share"
          + " the share the model's domain gate flagged. In cross-validation every model gets a"
          + " domain gate trained without the held-out part (see --no-domain-gate); domain_gates"
          + " gives, per held-out part, the flag rates its gate measured on its own held-out"
          + " training text and outside text.",
      "--cross-corpus holds out one corpus at a time (the part of the group before '|', as"
          + " export reliability writes it) and trains on the others; per_group gives each held-out"
          + " group's metrics."
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

    @Option(
        names = "--cross-corpus",
        description = "One fold per corpus: train on the other corpora, test on one.")
    boolean crossCorpus;
  }

  @Option(
      names = "--kind",
      defaultValue = "articles",
      description = "Model kind trained in cross-validation (default ${DEFAULT-VALUE}).")
  String kind;

  @Option(
      names = "--c-grid",
      split = ",",
      paramLabel = "C",
      description =
          "C values for the models trained in cross-validation (default: the --kind's own grid).")
  List<Double> cGrid;

  @Mixin ReportingOptions reporting;

  @Mixin DomainGateOptions gate;

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
      double[] decided = new double[docs.size()];
      double[] outOfDomain = new double[docs.size()];
      double[] unlike = new double[docs.size()];
      int[] y = new int[docs.size()];
      String scoredBy;
      Map<String, Object> gates = new LinkedHashMap<>();
      if (protocol != null) {
        ReliabilityTrainer trainer =
            gate.apply(
                ReliabilityTrainer.defaults(ModelKind.of(kind), reporting.seed),
                ModelKind.of(kind),
                null);
        if (cGrid != null && !cGrid.isEmpty()) {
          trainer = trainer.withCGrid(cGrid);
        }
        List<String> groups = docs.stream().map(LabelledDocument::group).toList();
        int[] fold;
        if (protocol.crossCorpus) {
          fold =
              ReliabilityExperiment.leaveOneGroupOut(
                  groups.stream().map(ReliabilityExperiment::corpusOf).toList());
          scoredBy = "leave-one-corpus-out: trained on the other corpora (" + groupField + ")";
        } else if (protocol.leaveOneGroupOut) {
          fold = ReliabilityExperiment.leaveOneGroupOut(groups);
          scoredBy = "leave-one-group-out cross-validation (" + groupField + ")";
        } else {
          fold = GroupedFolds.assign(groups, protocol.folds, reporting.seed);
          scoredBy = protocol.folds + "-fold grouped cross-validation (" + groupField + ")";
        }
        ReliabilityExperiment.Predictions pr =
            ReliabilityExperiment.crossValidate(trainer, docs, fold);
        List<String> foldNames = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
          while (foldNames.size() <= fold[i]) {
            foldNames.add(null);
          }
          if (foldNames.get(fold[i]) == null) {
            foldNames.set(
                fold[i],
                protocol.crossCorpus
                    ? ReliabilityExperiment.corpusOf(docs.get(i).group())
                    : protocol.leaveOneGroupOut ? docs.get(i).group() : "fold " + fold[i]);
          }
        }
        pr.gateMetrics().forEach((k, v) -> gates.put(foldNames.get(k), v));
        for (int i = 0; i < docs.size(); i++) {
          p[i] = pr.probability()[i];
          uncertain[i] = pr.uncertain()[i] ? 1 : 0;
          decided[i] = pr.decision()[i] ? 1 : 0;
          y[i] = pr.labels()[i];
          outOfDomain[i] = pr.outOfDomain()[i] ? 1 : 0;
          unlike[i] = pr.unlikeTrainingText()[i] ? 1 : 0;
        }
      } else {
        Map<ModelKind, LinearReliabilityClassifier> byKind = new EnumMap<>(ModelKind.class);
        ShortTextRouter router = null;
        LinearReliabilityClassifier fixed =
            model == null
                ? null
                : new LinearReliabilityClassifier(ReliabilityModelJson.read(model));
        for (int i = 0; i < docs.size(); i++) {
          String text = docs.get(i).titleAndText();
          LinearReliabilityClassifier c = fixed;
          if (c == null) {
            if (router == null) {
              router = ShortTextRouter.defaults();
            }
            ModelKind k = ModelKind.forText(text, router);
            if (!byKind.containsKey(k)) {
              byKind.put(k, LinearReliabilityClassifier.withDefaultModel(k));
            }
            c = byKind.get(k);
          }
          ReliabilityAssessment a = c.assess(text);
          p[i] = a.probabilityUnreliable();
          uncertain[i] = a.verdict() == Verdict.UNCERTAIN ? 1 : 0;
          decided[i] = a.probabilityUnreliable() >= c.model().decisionThreshold() ? 1 : 0;
          outOfDomain[i] = a.outOfDomain().isEmpty() ? 0 : 1;
          unlike[i] = a.outOfDomain().contains(OutOfDomain.UNLIKE_TRAINING_TEXT) ? 1 : 0;
          y[i] = docs.get(i).label().orElseThrow() == Reliability.UNRELIABLE ? 1 : 0;
        }
        scoredBy =
            fixed != null
                ? fixed.describe()
                : "default models by length and short-text router " + byKind.keySet();
      }
      Map<String, Object> r =
          metrics(p, decided, uncertain, outOfDomain, unlike, y, reporting.bootstrap());
      r.put("skipped", read.skipped().size());
      r.put("unlabelled", read.documents().size() - docs.size());
      if (protocol != null && (protocol.crossCorpus || protocol.leaveOneGroupOut)) {
        Map<String, Object> perGroup = new LinkedHashMap<>();
        List<String> keys =
            docs.stream()
                .map(
                    d ->
                        protocol.crossCorpus
                            ? ReliabilityExperiment.corpusOf(d.group())
                            : d.group())
                .toList();
        for (String g : new LinkedHashSet<>(keys)) {
          int[] idx = IntStream.range(0, docs.size()).filter(i -> keys.get(i).equals(g)).toArray();
          perGroup.put(
              g,
              metrics(
                  pick(p, idx),
                  pick(decided, idx),
                  pick(uncertain, idx),
                  pick(outOfDomain, idx),
                  pick(unlike, idx),
                  pick(y, idx),
                  null));
        }
        r.put("per_group", perGroup);
      }
      if (!gates.isEmpty()) {
        r.put("domain_gates", gates);
      }
      r.put("scored_by", scoredBy);
      reporting.print(stdout, r);
      return VeracityCli.EXIT_OK;
    } catch (IllegalArgumentException e) {
      err.println("veracity: " + e.getMessage());
      return VeracityCli.EXIT_USAGE;
    }
  }

  /**
   * The metrics of one set of predictions; with {@code bootstrap}, each with a 95% interval, else
   * point values.
   */
  private static Map<String, Object> metrics(
      double[] p,
      double[] decided,
      double[] uncertain,
      double[] outOfDomain,
      double[] unlike,
      int[] y,
      Bootstrap bootstrap) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("n", y.length);
    r.put("unreliable", IntStream.of(y).sum());
    Map<String, Bootstrap.Metric> decisions = new LinkedHashMap<>();
    decisions.put("accuracy", (s, l) -> BinaryMetrics.accuracy(s, l, 0.5));
    decisions.put("macro_f1", (s, l) -> BinaryMetrics.macroF1(s, l, 0.5));
    decisions.put("weighted_f1", (s, l) -> BinaryMetrics.weightedF1(s, l, 0.5));
    decisions.put("f1_unreliable", (s, l) -> BinaryMetrics.f1(s, l, 0.5));
    Map<String, Bootstrap.Metric> scores = new LinkedHashMap<>();
    scores.put("roc_auc", BinaryMetrics::rocAuc);
    scores.put("average_precision", BinaryMetrics::averagePrecision);
    scores.put("ece", BinaryMetrics::expectedCalibrationError);
    scores.put("brier", BinaryMetrics::brier);
    for (var e : decisions.entrySet()) {
      r.put(e.getKey(), estimate(decided, y, e.getValue(), bootstrap));
    }
    for (var e : scores.entrySet()) {
      r.put(e.getKey(), estimate(p, y, e.getValue(), bootstrap));
    }
    r.put("uncertain_share", estimate(uncertain, y, (s, l) -> mean(s), bootstrap));
    r.put("out_of_domain_share", estimate(outOfDomain, y, (s, l) -> mean(s), bootstrap));
    r.put("unlike_training_text_share", estimate(unlike, y, (s, l) -> mean(s), bootstrap));
    boolean[] flags = new boolean[uncertain.length];
    for (int i = 0; i < flags.length; i++) {
      flags[i] = uncertain[i] > 0;
    }
    double[] confident = CoveragePrecision.confident(p, flags, y);
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("coverage", round(confident[2]));
    c.put("precision_unreliable", round(confident[0]));
    c.put("precision_reliable", round(confident[1]));
    r.put("confident", c);
    List<Map<String, Object>> curve = new ArrayList<>();
    for (CoveragePoint point : CoveragePrecision.curve(p, y)) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("coverage", point.coverage());
      m.put("accuracy", round(point.accuracy()));
      m.put("n", point.n());
      curve.add(m);
    }
    r.put("coverage_precision", curve);
    return r;
  }

  private static Object estimate(
      double[] s, int[] y, Bootstrap.Metric metric, Bootstrap bootstrap) {
    return bootstrap == null ? round(metric.apply(s, y)) : json(bootstrap.estimate(s, y, metric));
  }

  private static double[] pick(double[] v, int[] idx) {
    double[] out = new double[idx.length];
    for (int k = 0; k < idx.length; k++) {
      out[k] = v[idx[k]];
    }
    return out;
  }

  private static int[] pick(int[] v, int[] idx) {
    int[] out = new int[idx.length];
    for (int k = 0; k < idx.length; k++) {
      out[k] = v[idx[k]];
    }
    return out;
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
