package dev.veracity.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.veracity.claim.ClaimFeaturizer;
import dev.veracity.embed.FileCachedEncoder;
import dev.veracity.embed.SentenceEncoder;
import dev.veracity.eval.BinaryMetrics;
import dev.veracity.eval.Bootstrap;
import dev.veracity.feature.FeatureConfig;
import dev.veracity.feature.FeatureVector;
import dev.veracity.model.IsotonicCalibration;
import dev.veracity.model.LinearTextModel;
import dev.veracity.train.CheckworthyExperiment;
import dev.veracity.train.CheckworthyTrainer;
import dev.veracity.train.IsotonicFit;
import dev.veracity.train.TrainerConfig;
import dev.veracity.train.data.LabeledSentence;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Nested grouped cross-validation (the protocol of {@code veracity train checkworthy --nested-cv})
 * of check-worthiness variants: character n-grams, cached sentence vectors (MiniLM, bge-small),
 * POS-tag n-grams, the scale of the vector block, the C grid, class weighting and the threshold
 * rows. For every variant it also fits isotonic calibration on each outer training part's
 * out-of-fold scores and reports its ECE next to Platt's, and the precision of the sentences scored
 * in [0.6, 0.8) per outer fold (how stable a score's meaning is across retrainings).
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.veracity.bench.ClaimAccuracyExperiment DATASETS_DIR
 * CORPORA CACHE_DIR OUT.json VARIANT...}; a variant is {@code name:key=value,...} with keys {@code
 * char} (max char n-gram, 0 none), {@code vec} ({@code none}, {@code minilm}, {@code bge}, {@code
 * e5} or several joined by {@code +}), {@code scale} (vector multiplier), {@code pos} (POS block
 * multiplier, 0 none), {@code grid} (C values joined by {@code /}), {@code balanced} and {@code
 * thr} ({@code claimbuster} or {@code all}). Vectors come from {@code CACHE_DIR/<vec>.bin} (see
 * {@link ClaimVectorCache}).
 */
public final class ClaimAccuracyExperiment {

  private ClaimAccuracyExperiment() {}

  /** Runs the experiment. */
  public static void main(String[] args) throws Exception {
    Path datasets = Path.of(args[0]);
    List<String> corpora = List.of(args[1].split(","));
    Path cacheDir = Path.of(args[2]);
    Path out = Path.of(args[3]);
    PrintStream log = System.err;
    List<LabeledSentence> data = CheckworthyExperiment.load(datasets, corpora).sentences();
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("corpora", corpora);
    Map<String, Object> results = new LinkedHashMap<>();
    report.put("results", results);
    Map<String, FileCachedEncoder> encoders = new TreeMap<>();
    for (int a = 4; a < args.length; a++) {
      String[] parts = args[a].split(":", 2);
      Map<String, String> spec = new LinkedHashMap<>();
      if (parts.length > 1) {
        for (String kv : parts[1].split(",")) {
          String[] p = kv.split("=", 2);
          spec.put(p[0], p[1]);
        }
      }
      long start = System.nanoTime();
      CheckworthyTrainer trainer = trainer(spec, cacheDir, encoders);
      Map<String, Object> r = run(data, trainer);
      r.put("spec", spec);
      r.put("seconds", Math.round((System.nanoTime() - start) / 1e9));
      results.put(parts[0], r);
      log.println(parts[0] + " " + spec + ": " + summary(r));
      Files.writeString(
          out,
          new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
    }
  }

  private static CheckworthyTrainer trainer(
      Map<String, String> spec, Path cacheDir, Map<String, FileCachedEncoder> encoders)
      throws Exception {
    TrainerConfig config = TrainerConfig.defaults(13);
    int charMax = Integer.parseInt(spec.getOrDefault("char", "0"));
    FeatureConfig features = config.features();
    if (charMax > 0) {
      features = features.withCharNgrams(3, charMax);
    }
    config = config.withFeatures(features);
    if (spec.containsKey("grid")) {
      config =
          config.withSolver(
              "L2R_LR", Arrays.stream(spec.get("grid").split("/")).map(Double::valueOf).toList());
    }
    if (spec.getOrDefault("thr", "claimbuster").equals("all")) {
      config = config.withThresholdSources(List.of());
    }
    boolean balanced = Boolean.parseBoolean(spec.getOrDefault("balanced", "true"));
    config =
        new TrainerConfig(
            config.features(),
            config.solver(),
            config.cGrid(),
            config.folds(),
            balanced,
            config.seed(),
            config.weightDecimals(),
            config.thresholdSources(),
            config.calibrationSources());
    List<SentenceEncoder> blocks = new ArrayList<>();
    List<Double> scales = new ArrayList<>();
    String vec = spec.getOrDefault("vec", "none");
    if (!vec.equals("none")) {
      for (String name : vec.split("\\+")) {
        FileCachedEncoder e = encoders.get(name);
        if (e == null) {
          e =
              FileCachedEncoder.open(
                  ClaimVectorCache.encoder(name), cacheDir.resolve(name + ".bin"));
          encoders.put(name, e);
        }
        blocks.add(e);
        scales.add(Double.parseDouble(spec.getOrDefault("scale", "1")));
      }
    }
    double pos = Double.parseDouble(spec.getOrDefault("pos", "0"));
    if (pos > 0) {
      blocks.add(new PosNgramEncoder(Integer.parseInt(spec.getOrDefault("posdim", "512"))));
      scales.add(pos);
    }
    Optional<SentenceEncoder> encoder =
        blocks.isEmpty() ? Optional.empty() : Optional.of(new ScaledBlocks(blocks, scales));
    return new CheckworthyTrainer(config, encoder);
  }

  /** Nested CV of {@code trainer}: Platt and isotonic out-of-fold probabilities and metrics. */
  private static Map<String, Object> run(List<LabeledSentence> data, CheckworthyTrainer trainer) {
    TrainerConfig config = trainer.config();
    ClaimFeaturizer featurizer = trainer.featurizer();
    FeatureVector[] x = CheckworthyTrainer.featurize(featurizer, data);
    int[] fold = CheckworthyExperiment.outerFolds(data, config);
    double[] p = new double[data.size()];
    double[] iso = new double[data.size()];
    boolean[] flagged = new boolean[data.size()];
    List<Map<String, Object>> folds = new ArrayList<>();
    for (int f = 0; f < config.folds(); f++) {
      final int held = f;
      int[] train = IntStream.range(0, data.size()).filter(i -> fold[i] != held).toArray();
      CheckworthyTrainer.Result result = trainer.train(featurizer, x, data, train, Map.of());
      LinearTextModel model = result.model();
      int[] cal =
          IntStream.range(0, train.length)
              .filter(k -> config.calibrationSources().contains(data.get(train[k]).source()))
              .toArray();
      IsotonicCalibration isotonic =
          IsotonicFit.fit(
              IntStream.of(cal).mapToDouble(k -> result.outOfFold()[k]).toArray(),
              IntStream.of(cal).map(k -> data.get(train[k]).label()).toArray());
      double[] w = model.weights().toDense(model.dimension());
      for (int i = 0; i < data.size(); i++) {
        if (fold[i] == held) {
          p[i] = model.calibration().probability(model.bias() + x[i].dot(w));
          iso[i] = isotonic.probability(p[i]);
          flagged[i] = p[i] >= model.threshold();
        }
      }
      Map<String, Object> fm = new LinkedHashMap<>();
      fm.put("fold", f);
      fm.put("C", result.chosenC());
      fm.put("threshold", round(model.threshold()));
      folds.add(fm);
    }
    CheckworthyExperiment.Predictions platt = new CheckworthyExperiment.Predictions(p, flagged);
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("platt", CheckworthyExperiment.report(data, platt, new Bootstrap(200, 13)));
    Map<String, Object> isoBySource = new LinkedHashMap<>();
    Map<String, Object> band = new LinkedHashMap<>();
    Map<String, List<Integer>> bySource = new TreeMap<>();
    for (int i = 0; i < data.size(); i++) {
      bySource.computeIfAbsent(data.get(i).source(), k -> new ArrayList<>()).add(i);
    }
    for (var e : bySource.entrySet()) {
      int[] members = e.getValue().stream().mapToInt(Integer::intValue).toArray();
      int[] y = IntStream.of(members).map(i -> data.get(i).label()).toArray();
      double[] pi = IntStream.of(members).mapToDouble(i -> iso[i]).toArray();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("ece", round(BinaryMetrics.expectedCalibrationError(pi, y)));
      m.put("brier", round(BinaryMetrics.brier(pi, y)));
      isoBySource.put(e.getKey(), m);
      Map<String, Object> b = new LinkedHashMap<>();
      b.put("platt", band(members, fold, config.folds(), p, data));
      b.put("isotonic", band(members, fold, config.folds(), iso, data));
      band.put(e.getKey(), b);
    }
    r.put("isotonic", isoBySource);
    r.put("band_0.6_0.8_precision_per_outer_fold", band);
    r.put("outer_folds", folds);
    return r;
  }

  /**
   * Per outer fold: how many sentences score in [0.6, 0.8) and the share of them that are positive.
   */
  private static Map<String, Object> band(
      int[] members, int[] fold, int folds, double[] p, List<LabeledSentence> data) {
    List<Object> perFold = new ArrayList<>();
    double[] precision = new double[folds];
    for (int f = 0; f < folds; f++) {
      int n = 0;
      int pos = 0;
      for (int i : members) {
        if (fold[i] == f && p[i] >= 0.6 && p[i] < 0.8) {
          n++;
          pos += data.get(i).label();
        }
      }
      precision[f] = n == 0 ? Double.NaN : (double) pos / n;
      perFold.add(List.of(n, round(precision[f])));
    }
    double[] ok = Arrays.stream(precision).filter(v -> !Double.isNaN(v)).toArray();
    double mean = Arrays.stream(ok).average().orElse(Double.NaN);
    double sd =
        Math.sqrt(Arrays.stream(ok).map(v -> (v - mean) * (v - mean)).sum() / (ok.length - 1));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("count_precision", perFold);
    m.put("mean", round(mean));
    m.put("sd", round(sd));
    return m;
  }

  private static String summary(Map<String, Object> r) {
    StringBuilder s = new StringBuilder();
    Map<?, ?> platt = (Map<?, ?>) r.get("platt");
    for (var e : platt.entrySet()) {
      Map<?, ?> m = (Map<?, ?>) e.getValue();
      s.append(e.getKey())
          .append(" f1=")
          .append(value(m.get("f1")))
          .append(" ap=")
          .append(value(m.get("average_precision")))
          .append(" auc=")
          .append(value(m.get("roc_auc")))
          .append(" ece=")
          .append(value(m.get("ece")))
          .append(" iso_ece=")
          .append(((Map<?, ?>) ((Map<?, ?>) r.get("isotonic")).get(e.getKey())).get("ece"));
      if (m.containsKey("mean_group_roc_auc")) {
        s.append(" group_auc=")
            .append(m.get("mean_group_roc_auc"))
            .append(" group_ap=")
            .append(m.get("mean_group_average_precision"));
      }
      s.append("; ");
    }
    s.append("seconds=").append(r.get("seconds"));
    return s.toString();
  }

  private static Object value(Object estimate) {
    return estimate instanceof Map<?, ?> m ? m.get("value") : estimate;
  }

  private static double round(double v) {
    return Double.isNaN(v) ? v : Math.round(v * 10_000) / 10_000.0;
  }
}
