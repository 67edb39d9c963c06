package dev.veracity.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.veracity.claim.ClaimFeaturizer;
import dev.veracity.claim.SentenceContext;
import dev.veracity.embed.FileCachedEncoder;
import dev.veracity.embed.SentenceEncoder;
import dev.veracity.eval.BinaryMetrics;
import dev.veracity.eval.Bootstrap;
import dev.veracity.feature.FeatureVector;
import dev.veracity.model.LinearTextModel;
import dev.veracity.model.PlattCalibration;
import dev.veracity.train.CheckworthyExperiment;
import dev.veracity.train.CheckworthyTrainer;
import dev.veracity.train.ClassWeighting;
import dev.veracity.train.PlattScaling;
import dev.veracity.train.TrainerConfig;
import dev.veracity.train.data.CheckworthyCorpora;
import dev.veracity.train.data.DebateLine;
import dev.veracity.train.data.LabeledSentence;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Context features for debates, measured by nested grouped cross-validation (the outer folds of
 * {@code veracity train checkworthy --nested-cv}): a second-stage logistic regression over {@link
 * SentenceContext} features stacked on the sentence model's scores.
 *
 * <p>In each outer fold the sentence model (the default pipeline: inner grouped CV for C, Platt
 * calibration) is trained on the outer training part; its inner out-of-fold probabilities give the
 * training part's first-stage scores, and the model's own probabilities give the held-out part's.
 * The context features of each debate are computed from these log-odds (a debate lies wholly on one
 * side of every split, so a held-out sentence's neighbours are scored by the same model); the
 * second stage (class-balanced L2 logistic regression on standardised features, lambda 1, Newton's
 * method) is fitted on the training part, Platt-calibrated and thresholded on its ClaimBuster rows
 * as the sentence model is, and scores the held-out part. ClaimBuster sentences have no document:
 * they are one-sentence documents without speakers (the article path without neighbours).
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.veracity.bench.ClaimContextExperiment DATASETS_DIR
 * OUT.json VECTORS GRID VARIANT...}; {@code VECTORS} is {@code none} or {@code CACHE_FILE:name}
 * (name {@code bge} or {@code minilm}, vectors from {@link ClaimVectorCache}); {@code GRID} the C
 * values joined by {@code /}, optionally followed by {@code @} and the class weightings chosen from
 * with C, joined by {@code ;} ({@link ClassWeighting#parse}, e.g. {@code
 * 2@pooled;per-source:checkthat2019=0.25}); a variant is a name and families joined by {@code +}
 * (e.g. {@code nb:NEIGHBOURS}, {@code all:NEIGHBOURS+TURN+QUESTION+SPEAKER+DOCUMENT}, {@code
 * self:}). A variant whose name starts with {@code debates-} fits, calibrates and applies the
 * second stage on debate sentences only; the others keep the sentence model's probability. The
 * sentence model's scores are cached in {@code OUT.stage1} and reused by later runs with the same
 * OUT (delete it when the corpora, vectors or grid change). Several caches joined by {@code +}
 * (e.g. {@code a.bin:minilm+b.bin:bge}) concatenate their vectors ({@link ConcatenatedEncoder}).
 * {@code VECTORS} may instead be {@code stage1:FILE,FILE,...}: the stage-one log-odds of those
 * cached runs (same rows and folds) are averaged and no sentence model is trained (GRID is then
 * ignored).
 */
public final class ClaimContextExperiment {

  private static final double LAMBDA = 1.0;

  private ClaimContextExperiment() {}

  /** Runs the experiment. */
  public static void main(String[] args) throws Exception {
    Path datasets = Path.of(args[0]);
    Path out = Path.of(args[1]);
    String vectors = args[2];
    String[] gridAndWeightings = args[3].split("@", 2);
    List<Double> grid =
        Arrays.stream(gridAndWeightings[0].split("/")).map(Double::valueOf).toList();
    List<ClassWeighting> weightings =
        gridAndWeightings.length == 2
            ? ClassWeighting.parseList(gridAndWeightings[1])
            : List.of(ClassWeighting.POOLED);
    PrintStream log = System.err;
    List<String> corpora =
        List.of(CheckworthyCorpora.CLAIMBUSTER, CheckworthyCorpora.CHECKTHAT_2019);
    List<LabeledSentence> data = CheckworthyExperiment.load(datasets, corpora).sentences();
    List<DebateLine> lines = CheckworthyCorpora.checkThat2019Lines(datasets);
    List<int[]> documents = new ArrayList<>();
    List<Optional<List<String>>> speakers = new ArrayList<>();
    documents(data, lines, documents, speakers);

    TrainerConfig config = TrainerConfig.defaults(13).withSolver("L2R_LR", grid);
    Optional<SentenceEncoder> encoder = Optional.empty();
    List<Path> averaged = new ArrayList<>();
    if (vectors.startsWith("stage1:")) {
      for (String file : vectors.substring("stage1:".length()).split(",")) {
        averaged.add(Path.of(file));
      }
    } else if (!vectors.equals("none")) {
      List<SentenceEncoder> parts = new ArrayList<>();
      for (String cache : vectors.split("\\+")) {
        String[] p = cache.split(":", 2);
        parts.add(FileCachedEncoder.open(ClaimVectorCache.encoder(p[1]), Path.of(p[0])));
      }
      encoder = Optional.of(parts.size() == 1 ? parts.get(0) : new ConcatenatedEncoder(parts));
    }
    CheckworthyTrainer trainer = new CheckworthyTrainer(config, encoder).withWeightings(weightings);
    ClaimFeaturizer featurizer = trainer.featurizer();
    FeatureVector[] x = CheckworthyTrainer.featurize(featurizer, data);
    int[] fold = CheckworthyExperiment.outerFolds(data, config);
    int n = data.size();
    int[] y = data.stream().mapToInt(LabeledSentence::label).toArray();
    boolean[] fromClaimBuster = new boolean[n];
    for (int i = 0; i < n; i++) {
      fromClaimBuster[i] = data.get(i).source().equals(CheckworthyCorpora.CLAIMBUSTER);
    }

    // Stage one, once per outer fold: the scores every variant stacks on (cached beside OUT).
    double[][] firstStage = new double[config.folds()][];
    double[] stageOneP = new double[n];
    boolean[] stageOneFlag = new boolean[n];
    List<Object> chosenC = new ArrayList<>();
    Path stageOneCache = Path.of(out + ".stage1");
    if (!averaged.isEmpty()) {
      averageStageOne(averaged, firstStage, stageOneP, stageOneFlag, chosenC);
      log.println("stage one averaged from " + averaged);
    } else if (Files.exists(stageOneCache)) {
      try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(stageOneCache))) {
        firstStage = (double[][]) in.readObject();
        stageOneP = (double[]) in.readObject();
        stageOneFlag = (boolean[]) in.readObject();
        chosenC.addAll((List<?>) in.readObject());
      }
      log.println("stage one read from " + stageOneCache);
    }
    for (int f = firstStage[0] == null ? 0 : config.folds(); f < config.folds(); f++) {
      final int held = f;
      int[] train = IntStream.range(0, n).filter(i -> fold[i] != held).toArray();
      CheckworthyTrainer.Result result = trainer.train(featurizer, x, data, train, Map.of());
      LinearTextModel model = result.model();
      double[] w = model.weights().toDense(model.dimension());
      double[] s = new double[n];
      for (int k = 0; k < train.length; k++) {
        s[train[k]] = logit(result.outOfFold()[k]);
      }
      for (int i = 0; i < n; i++) {
        if (fold[i] == held) {
          double p = model.calibration().probability(model.bias() + x[i].dot(w));
          s[i] = logit(p);
          stageOneP[i] = p;
          stageOneFlag[i] = p >= model.threshold();
        }
      }
      firstStage[f] = s;
      chosenC.add(result.chosenC() + " " + result.weighting().label());
      log.println(
          "outer fold " + f + " done, C=" + result.chosenC() + ", " + result.weighting().label());
      if (f == config.folds() - 1) {
        try (ObjectOutputStream o = new ObjectOutputStream(Files.newOutputStream(stageOneCache))) {
          o.writeObject(firstStage);
          o.writeObject(stageOneP);
          o.writeObject(stageOneFlag);
          o.writeObject(new ArrayList<>(chosenC));
        }
      }
    }

    Map<String, Object> report = new LinkedHashMap<>();
    report.put("vectors", vectors);
    report.put("c_grid", grid);
    report.put("class_weightings", weightings.stream().map(ClassWeighting::label).toList());
    report.put("chosen_c", chosenC);
    report.put(
        "stage2", "balanced L2 logistic regression, standardised features, lambda " + LAMBDA);
    Map<String, Object> results = new LinkedHashMap<>();
    report.put("results", results);
    Bootstrap bootstrap = new Bootstrap(1000, 13);
    results.put(
        "sentence model",
        CheckworthyExperiment.report(
            data, new CheckworthyExperiment.Predictions(stageOneP, stageOneFlag), bootstrap));
    log.println("sentence model: " + summary(results.get("sentence model")));
    for (int a = 4; a < args.length; a++) {
      String[] parts = args[a].split(":", 2);
      Set<SentenceContext.Family> families = EnumSet.of(SentenceContext.Family.SELF);
      if (parts.length > 1 && !parts[1].isBlank()) {
        for (String fam : parts[1].split("\\+")) {
          families.add(SentenceContext.Family.valueOf(fam));
        }
      }
      // "debates-" variants fit the second stage on debate rows only and apply it to them; other
      // rows keep the sentence model's probability.
      boolean debatesOnly = parts[0].startsWith("debates-");
      double[] p = stageOneP.clone();
      boolean[] flagged = stageOneFlag.clone();
      List<Object> weights = new ArrayList<>();
      for (int f = 0; f < config.folds(); f++) {
        double[][] z = new double[n][];
        for (int d = 0; d < documents.size(); d++) {
          int[] members = documents.get(d);
          List<String> texts = new ArrayList<>();
          double[] s = new double[members.length];
          for (int k = 0; k < members.length; k++) {
            texts.add(data.get(members[k]).text());
            s[k] = firstStage[f][members[k]];
          }
          double[][] rows = SentenceContext.features(texts, s, speakers.get(d), families);
          for (int k = 0; k < members.length; k++) {
            z[members[k]] = rows[k];
          }
        }
        final int held = f;
        int[] train =
            IntStream.range(0, n)
                .filter(i -> fold[i] != held && !(debatesOnly && fromClaimBuster[i]))
                .toArray();
        Stage2 model = Stage2.fit(z, y, train);
        weights.add(model.describe(SentenceContext.names(families)));
        int[] cal = IntStream.of(train).filter(i -> debatesOnly || fromClaimBuster[i]).toArray();
        double[] calRaw = IntStream.of(cal).mapToDouble(i -> model.raw(z[i])).toArray();
        int[] calY = IntStream.of(cal).map(i -> y[i]).toArray();
        PlattCalibration platt = PlattScaling.fit(calRaw, calY);
        double[] calP = Arrays.stream(calRaw).map(platt::probability).toArray();
        double threshold = BinaryMetrics.bestF1Threshold(calP, calY);
        for (int i = 0; i < n; i++) {
          if (fold[i] == held && !(debatesOnly && fromClaimBuster[i])) {
            p[i] = platt.probability(model.raw(z[i]));
            flagged[i] = p[i] >= threshold;
          }
        }
      }
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("families", families.toString());
      r.put(
          "metrics",
          CheckworthyExperiment.report(
              data, new CheckworthyExperiment.Predictions(p, flagged), bootstrap));
      r.put("stage2_weights_per_fold", weights);
      results.put(parts[0], r);
      log.println(parts[0] + " " + families + ": " + summary(r.get("metrics")));
      Files.writeString(
          out,
          new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
    }
    Files.writeString(
        out,
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
  }

  /**
   * Averages the stage-one log-odds of several cached sentence models (files written by earlier
   * runs on the same rows and folds): the held-out probability is the logistic of the mean
   * log-odds, flagged at 0.5 (no threshold is fitted here; the second stage's "self" variant fits
   * one on ClaimBuster training rows).
   */
  private static void averageStageOne(
      List<Path> files,
      double[][] firstStage,
      double[] stageOneP,
      boolean[] stageOneFlag,
      List<Object> chosenC)
      throws Exception {
    int n = stageOneP.length;
    double[] held = new double[n];
    for (Path file : files) {
      try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(file))) {
        double[][] s = (double[][]) in.readObject();
        double[] p = (double[]) in.readObject();
        in.readObject();
        chosenC.add(file.getFileName() + " " + in.readObject());
        if (s.length != firstStage.length || p.length != n) {
          throw new IllegalStateException(file + " was written for other rows or folds");
        }
        for (int f = 0; f < s.length; f++) {
          if (firstStage[f] == null) {
            firstStage[f] = new double[n];
          }
          for (int i = 0; i < n; i++) {
            firstStage[f][i] += s[f][i] / files.size();
          }
        }
        for (int i = 0; i < n; i++) {
          held[i] += logit(p[i]) / files.size();
        }
      }
    }
    for (int i = 0; i < n; i++) {
      stageOneP[i] = 1 / (1 + Math.exp(-held[i]));
      stageOneFlag[i] = stageOneP[i] >= 0.5;
    }
  }

  /** Splits the rows into documents: each debate in line order, each other sentence alone. */
  private static void documents(
      List<LabeledSentence> data,
      List<DebateLine> lines,
      List<int[]> documents,
      List<Optional<List<String>>> speakers) {
    int k = 0;
    List<Integer> current = new ArrayList<>();
    List<String> who = new ArrayList<>();
    String debate = null;
    for (int i = 0; i < data.size(); i++) {
      LabeledSentence s = data.get(i);
      if (!s.source().equals(CheckworthyCorpora.CHECKTHAT_2019)) {
        documents.add(new int[] {i});
        speakers.add(Optional.empty());
        continue;
      }
      DebateLine line = lines.get(k++);
      if (!line.text().equals(s.text()) || !line.debate().equals(s.group())) {
        throw new IllegalStateException("debate lines out of step with sentences at row " + i);
      }
      if (debate != null && !debate.equals(line.debate())) {
        documents.add(current.stream().mapToInt(Integer::intValue).toArray());
        speakers.add(Optional.of(List.copyOf(who)));
        current.clear();
        who.clear();
      }
      debate = line.debate();
      current.add(i);
      who.add(line.speaker());
    }
    if (!current.isEmpty()) {
      documents.add(current.stream().mapToInt(Integer::intValue).toArray());
      speakers.add(Optional.of(List.copyOf(who)));
    }
    if (k != lines.size()) {
      throw new IllegalStateException(lines.size() + " debate lines but " + k + " sentences");
    }
  }

  private static double logit(double p) {
    double q = Math.min(1 - 1e-9, Math.max(1e-9, p));
    return Math.log(q / (1 - q));
  }

  private static String summary(Object bySource) {
    StringBuilder s = new StringBuilder();
    for (var e : ((Map<?, ?>) bySource).entrySet()) {
      Map<?, ?> m = (Map<?, ?>) e.getValue();
      s.append(e.getKey())
          .append(" f1=")
          .append(((Map<?, ?>) m.get("f1")).get("value"))
          .append(" ap=")
          .append(((Map<?, ?>) m.get("average_precision")).get("value"))
          .append(" auc=")
          .append(m.get("roc_auc"));
      if (m.containsKey("mean_group_roc_auc")) {
        s.append(" group_auc=")
            .append(m.get("mean_group_roc_auc"))
            .append(" group_ap=")
            .append(m.get("mean_group_average_precision"));
      }
      s.append("; ");
    }
    return s.toString();
  }

  /** A class-balanced L2 logistic regression on standardised dense features. */
  private record Stage2(double[] mean, double[] scale, double[] w, double bias) {

    static Stage2 fit(double[][] z, int[] y, int[] rows) {
      int d = z[rows[0]].length;
      double[] mean = new double[d];
      double[] scale = new double[d];
      for (int r : rows) {
        for (int j = 0; j < d; j++) {
          mean[j] += z[r][j];
        }
      }
      for (int j = 0; j < d; j++) {
        mean[j] /= rows.length;
      }
      for (int r : rows) {
        for (int j = 0; j < d; j++) {
          scale[j] += (z[r][j] - mean[j]) * (z[r][j] - mean[j]);
        }
      }
      for (int j = 0; j < d; j++) {
        scale[j] = Math.sqrt(scale[j] / rows.length);
        if (scale[j] < 1e-12) {
          scale[j] = 1;
        }
      }
      int positives = 0;
      for (int r : rows) {
        positives += y[r];
      }
      double wPos = rows.length / (2.0 * positives);
      double wNeg = rows.length / (2.0 * (rows.length - positives));
      int m = d + 1;
      double[] beta = new double[m];
      double[] xi = new double[m];
      for (int iter = 0; iter < 50; iter++) {
        double[] grad = new double[m];
        double[][] hess = new double[m][m];
        for (int r : rows) {
          for (int j = 0; j < d; j++) {
            xi[j] = (z[r][j] - mean[j]) / scale[j];
          }
          xi[d] = 1;
          double t = 0;
          for (int j = 0; j < m; j++) {
            t += beta[j] * xi[j];
          }
          double p = 1 / (1 + Math.exp(-t));
          double c = y[r] == 1 ? wPos : wNeg;
          double g = c * (p - y[r]);
          double h = c * p * (1 - p);
          for (int j = 0; j < m; j++) {
            grad[j] += g * xi[j];
            for (int l = 0; l <= j; l++) {
              hess[j][l] += h * xi[j] * xi[l];
            }
          }
        }
        for (int j = 0; j < m; j++) {
          for (int l = j + 1; l < m; l++) {
            hess[j][l] = hess[l][j];
          }
        }
        for (int j = 0; j < d; j++) {
          grad[j] += LAMBDA * beta[j];
          hess[j][j] += LAMBDA;
        }
        hess[d][d] += 1e-9;
        double[] step = solve(hess, grad);
        double norm = 0;
        for (int j = 0; j < m; j++) {
          beta[j] -= step[j];
          norm = Math.max(norm, Math.abs(step[j]));
        }
        if (norm < 1e-8) {
          break;
        }
      }
      return new Stage2(mean, scale, Arrays.copyOf(beta, d), beta[d]);
    }

    double raw(double[] z) {
      double t = bias;
      for (int j = 0; j < w.length; j++) {
        t += w[j] * (z[j] - mean[j]) / scale[j];
      }
      return t;
    }

    Map<String, Object> describe(List<String> names) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (int j = 0; j < w.length; j++) {
        m.put(names.get(j), Math.round(w[j] * 1000) / 1000.0);
      }
      return m;
    }

    private static double[] solve(double[][] a, double[] b) {
      int m = b.length;
      double[][] A = new double[m][];
      double[] x = b.clone();
      for (int i = 0; i < m; i++) {
        A[i] = a[i].clone();
      }
      for (int c = 0; c < m; c++) {
        int pivot = c;
        for (int r = c + 1; r < m; r++) {
          if (Math.abs(A[r][c]) > Math.abs(A[pivot][c])) {
            pivot = r;
          }
        }
        double[] tr = A[c];
        A[c] = A[pivot];
        A[pivot] = tr;
        double tb = x[c];
        x[c] = x[pivot];
        x[pivot] = tb;
        for (int r = c + 1; r < m; r++) {
          double factor = A[r][c] / A[c][c];
          for (int k = c; k < m; k++) {
            A[r][k] -= factor * A[c][k];
          }
          x[r] -= factor * x[c];
        }
      }
      for (int c = m - 1; c >= 0; c--) {
        for (int k = c + 1; k < m; k++) {
          x[c] -= A[c][k] * x[k];
        }
        x[c] /= A[c][c];
      }
      return x;
    }
  }
}
