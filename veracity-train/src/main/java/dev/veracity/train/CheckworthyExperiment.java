package dev.veracity.train;

import dev.veracity.claim.ClaimFeaturizer;
import dev.veracity.eval.BinaryMetrics;
import dev.veracity.eval.Bootstrap;
import dev.veracity.eval.Estimate;
import dev.veracity.feature.FeatureVector;
import dev.veracity.model.LinearTextModel;
import dev.veracity.train.data.CheckworthyCorpora;
import dev.veracity.train.data.DataFormatException;
import dev.veracity.train.data.JsonLines;
import dev.veracity.train.data.LabeledSentence;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;

/**
 * The check-worthiness experiment: loads the shared training corpora with leak-free groups, runs
 * nested grouped cross-validation of the whole training pipeline, and exports the outer folds as
 * JSON lines so that baselines run on exactly the same splits.
 */
public final class CheckworthyExperiment {

  /** Seed offset that separates the outer folds from the trainer's inner folds. */
  private static final long OUTER_SEED_OFFSET = 1_000_003L;

  private CheckworthyExperiment() {}

  /**
   * The loaded training data and its provenance.
   *
   * @param sentences all sentences, groups made leak-free across corpora
   * @param provenance files, sha256 and row counts
   */
  public record TrainingData(List<LabeledSentence> sentences, Map<String, Object> provenance) {}

  /**
   * Loads corpora by name. A ClaimBuster sentence whose normalised text also occurs in a CheckThat!
   * debate joins that debate's group, so it can never train a model tested on that debate.
   */
  public static TrainingData load(Path datasets, List<String> corpora)
      throws IOException, DataFormatException {
    List<LabeledSentence> all = new ArrayList<>();
    Map<String, Object> files = new LinkedHashMap<>();
    for (String corpus : corpora) {
      List<LabeledSentence> part = CheckworthyCorpora.read(datasets, corpus);
      all.addAll(part);
      for (String f : CheckworthyCorpora.files(corpus)) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("corpus", corpus);
        info.put("sha256", CheckworthyCorpora.sha256(datasets.resolve(f)));
        files.put(f, info);
      }
    }
    Map<String, String> debateOf = new HashMap<>();
    for (LabeledSentence s : all) {
      if (s.source().equals(CheckworthyCorpora.CHECKTHAT_2019)) {
        debateOf.putIfAbsent(CheckworthyCorpora.normalise(s.text()), s.group());
      }
    }
    List<LabeledSentence> grouped = new ArrayList<>(all.size());
    for (LabeledSentence s : all) {
      String debate = debateOf.get(CheckworthyCorpora.normalise(s.text()));
      grouped.add(
          debate != null && !s.source().equals(CheckworthyCorpora.CHECKTHAT_2019)
              ? s.withGroup(debate)
              : s);
    }
    Map<String, Object> provenance = new LinkedHashMap<>();
    provenance.put("datasets", "shared datasets directory (see each corpus's MANIFEST.md)");
    provenance.put("corpora", corpora);
    provenance.put("files", files);
    provenance.put("rows", grouped.size());
    return new TrainingData(grouped, provenance);
  }

  /** The outer fold of each sentence (grouped, seeded). */
  public static int[] outerFolds(List<LabeledSentence> data, TrainerConfig config) {
    return GroupedFolds.assign(
        data.stream().map(LabeledSentence::group).toList(),
        config.folds(),
        config.seed() + OUTER_SEED_OFFSET);
  }

  /** Writes {@code fold-K-train.jsonl} and {@code fold-K-test.jsonl} for every outer fold. */
  public static void exportFolds(List<LabeledSentence> data, TrainerConfig config, Path dir)
      throws IOException {
    int[] fold = outerFolds(data, config);
    for (int f = 0; f < config.folds(); f++) {
      List<LabeledSentence> train = new ArrayList<>();
      List<LabeledSentence> test = new ArrayList<>();
      for (int i = 0; i < data.size(); i++) {
        (fold[i] == f ? test : train).add(data.get(i));
      }
      JsonLines.write(train, dir.resolve("fold-" + f + "-train.jsonl"));
      JsonLines.write(test, dir.resolve("fold-" + f + "-test.jsonl"));
    }
  }

  /**
   * Out-of-fold predictions of the whole pipeline (inner C search, calibration, threshold) for
   * every sentence.
   *
   * @param probability calibrated probability from the model that did not see the sentence
   * @param flagged whether that model's threshold flagged it
   */
  public record Predictions(double[] probability, boolean[] flagged) {}

  /** Runs nested grouped cross-validation of {@code config}'s lexical trainer. */
  public static Predictions nestedCrossValidation(
      List<LabeledSentence> data, TrainerConfig config) {
    return nestedCrossValidation(data, new CheckworthyTrainer(config));
  }

  /**
   * Runs nested grouped cross-validation of {@code trainer}: each outer fold is scored by the model
   * trained on the other folds, from the same feature vectors a detector computes.
   */
  public static Predictions nestedCrossValidation(
      List<LabeledSentence> data, CheckworthyTrainer trainer) {
    TrainerConfig config = trainer.config();
    ClaimFeaturizer featurizer = trainer.featurizer();
    FeatureVector[] x = CheckworthyTrainer.featurize(featurizer, data);
    int[] fold = outerFolds(data, config);
    double[] p = new double[data.size()];
    boolean[] flagged = new boolean[data.size()];
    for (int f = 0; f < config.folds(); f++) {
      final int held = f;
      int[] train = IntStream.range(0, data.size()).filter(i -> fold[i] != held).toArray();
      LinearTextModel model = trainer.train(featurizer, x, data, train, Map.of()).model();
      double[] w = model.weights().toDense(model.dimension());
      for (int i = 0; i < data.size(); i++) {
        if (fold[i] == held) {
          p[i] = probability(model, w, x[i]);
          flagged[i] = p[i] >= model.threshold();
        }
      }
    }
    return new Predictions(p, flagged);
  }

  /**
   * The calibrated probability {@code model}, whose weights are {@code w} as a dense array, gives
   * to the feature vector {@code v}.
   */
  static double probability(LinearTextModel model, double[] w, FeatureVector v) {
    return model.calibration().probability(model.bias() + v.dot(w));
  }

  /**
   * Metrics of predictions per source: precision, recall, F1 (of each model's own threshold),
   * average precision, ROC-AUC, ECE and Brier with bootstrap intervals, and for sources with
   * several groups the mean and per-group average precision and ROC-AUC.
   */
  public static Map<String, Object> report(
      List<LabeledSentence> data, Predictions predictions, Bootstrap bootstrap) {
    Map<String, List<Integer>> bySource = new TreeMap<>();
    for (int i = 0; i < data.size(); i++) {
      bySource.computeIfAbsent(data.get(i).source(), k -> new ArrayList<>()).add(i);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (var e : bySource.entrySet()) {
      out.put(e.getKey(), metrics(data, e.getValue(), predictions, bootstrap));
    }
    return out;
  }

  /** Metrics of the items {@code members}. */
  public static Map<String, Object> metrics(
      List<LabeledSentence> data, List<Integer> members, Predictions pr, Bootstrap bootstrap) {
    double[] p = new double[members.size()];
    double[] flags = new double[members.size()];
    int[] y = new int[members.size()];
    for (int k = 0; k < p.length; k++) {
      int i = members.get(k);
      p[k] = pr.probability()[i];
      flags[k] = pr.flagged()[i] ? 1.0 : 0.0;
      y[k] = data.get(i).label();
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("n", p.length);
    m.put("positives", IntStream.of(y).sum());
    m.put(
        "precision",
        json(bootstrap.estimate(flags, y, (s, l) -> BinaryMetrics.precision(s, l, 0.5))));
    m.put("recall", json(bootstrap.estimate(flags, y, (s, l) -> BinaryMetrics.recall(s, l, 0.5))));
    m.put("f1", json(bootstrap.estimate(flags, y, (s, l) -> BinaryMetrics.f1(s, l, 0.5))));
    m.put("average_precision", json(bootstrap.estimate(p, y, BinaryMetrics::averagePrecision)));
    m.put("roc_auc", json(bootstrap.estimate(p, y, BinaryMetrics::rocAuc)));
    m.put("ece", json(bootstrap.estimate(p, y, BinaryMetrics::expectedCalibrationError)));
    m.put("brier", json(bootstrap.estimate(p, y, BinaryMetrics::brier)));
    Map<String, List<Integer>> groups = new TreeMap<>();
    for (int k = 0; k < p.length; k++) {
      groups.computeIfAbsent(data.get(members.get(k)).group(), g -> new ArrayList<>()).add(k);
    }
    if (groups.size() > 1 && groups.size() <= 100) {
      Map<String, Object> per = new LinkedHashMap<>();
      double apSum = 0;
      double aucSum = 0;
      int counted = 0;
      for (var g : groups.entrySet()) {
        double[] gp = g.getValue().stream().mapToDouble(k -> p[k]).toArray();
        int[] gy = g.getValue().stream().mapToInt(k -> y[k]).toArray();
        double ap = BinaryMetrics.averagePrecision(gp, gy);
        double auc = BinaryMetrics.rocAuc(gp, gy);
        per.put(
            g.getKey(),
            Map.of("n", gp.length, "average_precision", round(ap), "roc_auc", round(auc)));
        if (!Double.isNaN(ap) && !Double.isNaN(auc)) {
          apSum += ap;
          aucSum += auc;
          counted++;
        }
      }
      m.put("mean_group_average_precision", round(apSum / counted));
      m.put("mean_group_roc_auc", round(aucSum / counted));
      m.put("groups", per);
    }
    return m;
  }

  /**
   * How much the meaning of a score moves when the model is retrained: holds out outer fold 0, then
   * {@code replicates} times trains on a bootstrap resample of the rest (sentences drawn with
   * replacement, keeping their groups, so duplicates share an inner fold) with seed {@code seed +
   * r}, and reports per source of the held-out part the precision at scores of at least 0.5 and
   * 0.7, how many sentences reach them, and the ECE, for each replicate and summarised (mean,
   * standard deviation, min, max).
   */
  public static Map<String, Object> stability(
      List<LabeledSentence> data, CheckworthyTrainer trainer, int replicates) {
    TrainerConfig config = trainer.config();
    if (replicates < 2) {
      throw new IllegalArgumentException("replicates must be >= 2, got " + replicates);
    }
    ClaimFeaturizer featurizer = trainer.featurizer();
    FeatureVector[] x = CheckworthyTrainer.featurize(featurizer, data);
    int[] fold = outerFolds(data, config);
    int[] train = IntStream.range(0, data.size()).filter(i -> fold[i] != 0).toArray();
    Map<String, List<Integer>> heldBySource = new TreeMap<>();
    for (int i = 0; i < data.size(); i++) {
      if (fold[i] == 0) {
        heldBySource.computeIfAbsent(data.get(i).source(), k -> new ArrayList<>()).add(i);
      }
    }
    Map<String, List<Map<String, Object>>> runs = new LinkedHashMap<>();
    List<Map<String, Object>> models = new ArrayList<>();
    for (int r = 0; r < replicates; r++) {
      TrainerConfig c = config.withSeed(config.seed() + r);
      SplittableRandom random = new SplittableRandom(c.seed());
      int[] resample = new int[train.length];
      for (int k = 0; k < resample.length; k++) {
        resample[k] = train[random.nextInt(train.length)];
      }
      CheckworthyTrainer.Result result =
          trainer.withConfig(c).train(featurizer, x, data, resample, Map.of());
      double[] w = result.model().weights().toDense(result.model().dimension());
      models.add(
          Map.of("seed", c.seed(), "C", result.chosenC(), "threshold", result.model().threshold()));
      for (var e : heldBySource.entrySet()) {
        double[] p = new double[e.getValue().size()];
        int[] y = new int[p.length];
        for (int k = 0; k < p.length; k++) {
          int i = e.getValue().get(k);
          p[k] = probability(result.model(), w, x[i]);
          y[k] = data.get(i).label();
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (double t : new double[] {0.5, 0.7}) {
          m.put("precision_at_" + t, round(BinaryMetrics.precision(p, y, t)));
          m.put("reaching_" + t, DoubleStream.of(p).filter(v -> v >= t).count());
        }
        m.put("ece", round(BinaryMetrics.expectedCalibrationError(p, y)));
        runs.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(m);
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put(
        "protocol",
        "outer fold 0 held out; "
            + replicates
            + " retrainings on bootstrap resamples of the other folds, seeds "
            + config.seed()
            + ".."
            + (config.seed() + replicates - 1));
    out.put("models", models);
    Map<String, Object> bySource = new LinkedHashMap<>();
    for (var e : runs.entrySet()) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("n", heldBySource.get(e.getKey()).size());
      for (String key : List.of("precision_at_0.5", "precision_at_0.7", "ece")) {
        double[] v = e.getValue().stream().mapToDouble(m -> (Double) m.get(key)).toArray();
        s.put(key, summary(v));
      }
      s.put("replicates", e.getValue());
      bySource.put(e.getKey(), s);
    }
    out.put("held_out", bySource);
    return out;
  }

  private static Map<String, Object> summary(double[] v) {
    double mean = DoubleStream.of(v).average().orElse(Double.NaN);
    double var = DoubleStream.of(v).map(a -> (a - mean) * (a - mean)).sum() / (v.length - 1);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("mean", round(mean));
    m.put("sd", round(Math.sqrt(var)));
    m.put("min", round(DoubleStream.of(v).min().orElse(Double.NaN)));
    m.put("max", round(DoubleStream.of(v).max().orElse(Double.NaN)));
    return m;
  }

  /** An estimate as {@code {"value": v, "ci95": [lo, hi]}}. */
  public static Map<String, Object> json(Estimate e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("value", round(e.value()));
    m.put("ci95", List.of(round(e.low()), round(e.high())));
    return m;
  }

  private static double round(double v) {
    return Double.isNaN(v) ? v : Math.round(v * 10_000) / 10_000.0;
  }
}
