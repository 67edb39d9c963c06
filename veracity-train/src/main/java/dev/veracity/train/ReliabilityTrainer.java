package dev.veracity.train;

import static dev.veracity.train.RegularisationSearch.round;
import static dev.veracity.train.RegularisationSearch.stringKeys;

import dev.veracity.classify.ModelKind;
import dev.veracity.classify.ReliabilityFeaturizer;
import dev.veracity.classify.ReliabilityModel;
import dev.veracity.classify.VocabularyFilter;
import dev.veracity.corpus.LabelledDocument;
import dev.veracity.corpus.Reliability;
import dev.veracity.eval.BinaryMetrics;
import dev.veracity.feature.FeatureConfig;
import dev.veracity.feature.FeatureVector;
import dev.veracity.model.IsotonicCalibration;
import dev.veracity.model.PlattCalibration;
import dev.veracity.model.ScoreCalibration;
import dev.veracity.model.SparseWeights;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * Trains a {@link ReliabilityModel}: chooses C by grouped cross-validation (ROC AUC of the pooled
 * out-of-fold scores; the group is the outlet, portal or speaker, so folds measure generalisation
 * to unseen sources rather than source recognition), calibrates the out-of-fold scores of the
 * chosen C by Platt scaling or isotonic regression (whichever has the lower ECE when each fold's
 * scores are calibrated by a fit on the other folds' scores), chooses on those cross-fitted
 * probabilities the uncertain band so that each confident verdict reaches the target precision and
 * the decision threshold that maximises macro-F1, and refits on all data.
 *
 * <p>Rows are held packed ({@link PackedRows}: 8 bytes per non-zero) and fitted by {@link
 * DualLogisticRegression}, a port of liblinear's {@code L2R_LR_DUAL} solver, with the fits of the C
 * search running in parallel; a configuration that names {@code L2R_LR} or {@code L1R_LR} is fitted
 * by liblinear itself, one fit at a time.
 *
 * <p>Label 1 is unreliable. Holds only hyperparameters; each call is independent. Not for
 * concurrent use (liblinear).
 */
public final class ReliabilityTrainer {

  /** Texts with fewer word tokens are out of domain. */
  public static final int MIN_TOKENS = 5;

  /** Texts with a smaller share of known distinct words are out of domain. */
  public static final double MIN_COVERAGE = 0.5;

  /** log2 of the vocabulary filter's size. */
  static final int VOCABULARY_BITS = 20;

  /** Fewest out-of-fold items a confident side of the band must hold. */
  static final int MIN_CONFIDENT = 20;

  private final TrainerConfig config;
  private final ModelKind kind;
  private final double targetPrecision;
  private final DomainGateTrainer gate;

  /**
   * A trainer with the given hyperparameters.
   *
   * @param targetPrecision out-of-fold precision each confident verdict must reach, in (0.5, 1]
   */
  public ReliabilityTrainer(TrainerConfig config, ModelKind kind, double targetPrecision) {
    this(config, kind, targetPrecision, null);
  }

  private ReliabilityTrainer(
      TrainerConfig config, ModelKind kind, double targetPrecision, DomainGateTrainer gate) {
    this.gate = gate;
    this.config = Objects.requireNonNull(config, "config");
    this.kind = Objects.requireNonNull(kind, "kind");
    if (!(targetPrecision > 0.5 && targetPrecision <= 1.0)) {
      throw new IllegalArgumentException(
          "targetPrecision must be in (0.5, 1], got " + targetPrecision);
    }
    this.targetPrecision = targetPrecision;
  }

  /** The settings that built the committed default models. */
  public static ReliabilityTrainer defaults(ModelKind kind, long seed) {
    TrainerConfig c =
        new TrainerConfig(
            FeatureConfig.defaults(),
            RegularisationSearch.DUAL,
            List.of(0.25, 1.0, 4.0, 16.0, 64.0),
            5,
            true,
            seed,
            3,
            List.of());
    return new ReliabilityTrainer(c, kind, 0.85);
  }

  /** This trainer with other n-gram features. */
  public ReliabilityTrainer withFeatures(FeatureConfig features) {
    return new ReliabilityTrainer(config.withFeatures(features), kind, targetPrecision, gate);
  }

  /**
   * This trainer, also training a {@link dev.veracity.classify.DomainGate} into every model with
   * {@code gate} (null: no gate).
   */
  public ReliabilityTrainer withDomainGate(DomainGateTrainer gate) {
    return new ReliabilityTrainer(config, kind, targetPrecision, gate);
  }

  /** The domain gate's trainer, if models get a gate. */
  public Optional<DomainGateTrainer> domainGate() {
    return Optional.ofNullable(gate);
  }

  /** This trainer with another grid of candidate C values. */
  public ReliabilityTrainer withCGrid(List<Double> cGrid) {
    return new ReliabilityTrainer(
        config.withSolver(config.solver(), cGrid), kind, targetPrecision, gate);
  }

  /** The hyperparameters. */
  public TrainerConfig config() {
    return config;
  }

  /**
   * Pre-computed features of a document list, packed.
   *
   * @param x one row of hashed and dense features per document
   * @param words the distinct normalised unigrams of each document
   * @param y 1 for unreliable, 0 for reliable
   * @param groups each document's cross-validation group
   */
  public record Features(PackedRows x, PackedWords words, int[] y, List<String> groups) {

    /** Validates and copies the groups. */
    public Features {
      Objects.requireNonNull(x, "x");
      Objects.requireNonNull(words, "words");
      groups = List.copyOf(groups);
      if (x.size() != y.length || words.size() != y.length || groups.size() != y.length) {
        throw new IllegalArgumentException(
            "x, words, y and groups must have one entry per document, got "
                + x.size()
                + ", "
                + words.size()
                + ", "
                + y.length
                + ", "
                + groups.size());
      }
    }

    /** Number of documents. */
    public int size() {
      return y.length;
    }
  }

  /** Documents featurised together before their rows are packed. */
  static final int BATCH = 2048;

  /**
   * What training produced.
   *
   * @param model the trained model
   * @param chosenC the selected C
   * @param selection the selection score of every C in the grid
   * @param outOfFold calibrated out-of-fold probabilities of the chosen C, one per training row
   */
  public record Result(
      ReliabilityModel model, double chosenC, Map<Double, Double> selection, double[] outOfFold) {}

  /**
   * The features of {@code documents}, featurised in parallel a batch at a time and packed as they
   * come (one batch packed on its own thread while the next is featurised), so that at most two
   * batches of documents and feature vectors are live at once; {@code documents} may be a stream
   * over a larger set than fits in memory. Rows keep the documents' order.
   *
   * @throws IllegalArgumentException when a document has no mapped label
   */
  public Features featurize(Iterable<LabelledDocument> documents) {
    ReliabilityFeaturizer featurizer = new ReliabilityFeaturizer(config.features());
    Rows rows = new Rows();
    // One thread appends each featurised batch, in order, while the next batch is featurised on
    // all cores, so that the single-threaded packing no longer leaves the other cores idle.
    ExecutorService appender =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "veracity-featurize-append");
              t.setDaemon(true);
              return t;
            });
    try {
      Future<?> pending = CompletableFuture.completedFuture(null);
      Iterator<LabelledDocument> it = documents.iterator();
      while (it.hasNext()) {
        List<LabelledDocument> batch = new ArrayList<>(BATCH);
        while (batch.size() < BATCH && it.hasNext()) {
          batch.add(it.next());
        }
        int[] labels = new int[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
          LabelledDocument d = batch.get(i);
          Reliability label =
              d.label()
                  .orElseThrow(
                      () ->
                          new IllegalArgumentException(
                              "document " + d.corpus() + "/" + d.id() + " has no mapped label"));
          labels[i] = label == Reliability.UNRELIABLE ? 1 : 0;
        }
        FeatureVector[] vectors = new FeatureVector[batch.size()];
        List<List<String>> unigrams = new ArrayList<>(Collections.nCopies(batch.size(), null));
        IntStream.range(0, batch.size())
            .parallel()
            .forEach(
                i -> {
                  // The fast, nameless path: equal to FeatureVector.of(featurizer.terms(text)),
                  // with the distinct words (featurizer.distinctWords) from the same count.
                  List<String> words = new ArrayList<>();
                  vectors[i] = featurizer.vectorize(batch.get(i).titleAndText(), words);
                  unigrams.set(i, words);
                });
        await(pending);
        pending = appender.submit(() -> rows.append(batch, vectors, unigrams, labels));
      }
      await(pending);
    } finally {
      appender.shutdown();
    }
    return new Features(rows.x, rows.words, Arrays.copyOf(rows.y, rows.x.size()), rows.groups);
  }

  private static void await(Future<?> append) {
    try {
      append.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while packing features", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** The packed rows being built, appended to by one thread at a time, batch after batch. */
  private static final class Rows {
    final PackedRows x = new PackedRows();
    final PackedWords words = new PackedWords();
    int[] y = new int[1024];
    final List<String> groups = new ArrayList<>();
    final Map<String, String> distinctGroups = new HashMap<>();

    void append(
        List<LabelledDocument> batch,
        FeatureVector[] vectors,
        List<List<String>> unigrams,
        int[] labels) {
      for (int i = 0; i < batch.size(); i++) {
        int row = x.add(vectors[i]);
        words.add(unigrams.get(i));
        vectors[i] = null;
        if (row == y.length) {
          y = Arrays.copyOf(y, y.length * 2);
        }
        y[row] = labels[i];
        LabelledDocument d = batch.get(i);
        String group = d.corpus() + "|" + d.group();
        groups.add(distinctGroups.computeIfAbsent(group, g -> g));
      }
    }
  }

  /**
   * One fit at {@code c} on every row, without C selection, calibration or band: the cost of a
   * single training pass, for benchmarks.
   *
   * @return the number of non-zero weights
   */
  public int fitOnce(Features features, double c) {
    int[] rows = IntStream.range(0, features.size()).toArray();
    int dimension = new ReliabilityFeaturizer(config.features()).dimension();
    LiblinearLogistic.Fit fit =
        RegularisationSearch.fit(config, features.x(), features.y(), rows, dimension, c);
    int nonZero = 0;
    for (double w : fit.weights()) {
      if (w != 0.0) {
        nonZero++;
      }
    }
    return nonZero;
  }

  /**
   * The raw scores of {@code test} under one fit at {@code c} on {@code train} (packed, so with
   * {@code float} values), with this trainer's solver, class weights and seed: for experiments with
   * other feature families.
   *
   * @param dimension the number of columns the vectors address
   */
  public double[] fitAndScore(
      FeatureVector[] train, int[] y, FeatureVector[] test, int dimension, double c) {
    int[] rows = IntStream.range(0, train.length).toArray();
    LiblinearLogistic.Fit fit =
        RegularisationSearch.fit(config, PackedRows.of(train), y, rows, dimension, c);
    double[] raw = new double[test.length];
    for (int i = 0; i < test.length; i++) {
      raw[i] = fit.bias() + test[i].dot(fit.weights());
    }
    return raw;
  }

  /**
   * {@code model} with a domain gate trained on {@code documents} (the documents the model was
   * trained on) by this trainer's gate trainer, everything else unchanged: adds a gate to a model
   * trained before gates existed without moving any of its other numbers.
   *
   * @throws IllegalStateException when this trainer has no gate trainer
   * @throws IllegalArgumentException when the model's features differ from this trainer's
   */
  public ReliabilityModel addDomainGate(ReliabilityModel model, List<LabelledDocument> documents) {
    if (gate == null) {
      throw new IllegalStateException("this trainer has no domain gate trainer");
    }
    if (!model.features().equals(config.features())) {
      throw new IllegalArgumentException(
          "model features " + model.features() + " differ from the trainer's " + config.features());
    }
    Features f = featurize(documents);
    int[] rows = IntStream.range(0, f.size()).toArray();
    List<String> texts = documents.stream().map(LabelledDocument::titleAndText).toList();
    return model.withDomainGate(gate.train(config, f.x(), rows, f.groups(), texts));
  }

  /** Trains on all {@code documents}. */
  public Result train(List<LabelledDocument> documents, Map<String, Object> dataProvenance) {
    Features f = featurize(documents);
    return train(f, IntStream.range(0, f.size()).toArray(), dataProvenance, documents);
  }

  /**
   * Trains on the rows {@code rows} of pre-computed features.
   *
   * @param documents the documents behind {@code features}, for row counts in the provenance
   */
  public Result train(
      Features features,
      int[] rows,
      Map<String, Object> dataProvenance,
      List<LabelledDocument> documents) {
    ReliabilityFeaturizer featurizer = new ReliabilityFeaturizer(config.features());
    PackedRows x = features.x();
    int[] y = features.y();
    List<String> groups = new ArrayList<>();
    for (int r : rows) {
      groups.add(features.groups().get(r));
    }
    int distinct = new HashSet<>(groups).size();
    int k = Math.min(config.folds(), distinct);
    int[] fold = GroupedFolds.assign(groups, k, config.seed());
    int[] yRows = RegularisationSearch.labelsOf(y, rows);
    RegularisationSearch.Outcome search =
        RegularisationSearch.search(
            config,
            x,
            y,
            rows,
            fold,
            k,
            featurizer.dimension(),
            raw -> BinaryMetrics.rocAuc(raw, yRows));
    double bestC = search.bestC();
    Map<Double, Double> selection = search.selection();
    double[] bestRaw = search.raw();
    double[] plattCross = new double[rows.length];
    double[] isotonicCross = new double[rows.length];
    crossFit(bestRaw, yRows, fold, k, plattCross, isotonicCross);
    double ecePlatt = BinaryMetrics.expectedCalibrationError(plattCross, yRows);
    double eceIsotonic = BinaryMetrics.expectedCalibrationError(isotonicCross, yRows);
    boolean isotonic = eceIsotonic < ecePlatt;
    ScoreCalibration calibration =
        new ScoreCalibration(
            isotonic ? ScoreCalibration.ISOTONIC : ScoreCalibration.PLATT,
            PlattScaling.fit(bestRaw, yRows),
            IsotonicFit.fit(bestRaw, yRows),
            String.format(
                Locale.ROOT,
                "lower ECE of cross-fitted out-of-fold probabilities (each fold calibrated by a fit"
                    + " on the other folds): platt %.4f, isotonic %.4f",
                ecePlatt,
                eceIsotonic));
    double[] oof = isotonic ? isotonicCross : plattCross;
    double[] band = band(oof, yRows, targetPrecision);
    double threshold = macroF1Threshold(oof, yRows);
    LiblinearLogistic.Fit fit =
        RegularisationSearch.fit(config, x, y, rows, featurizer.dimension(), bestC);
    SparseWeights weights = SparseWeights.of(fit.weights(), config.weightDecimals());
    VocabularyFilter vocabulary =
        VocabularyFilter.of(features.words().frequent(rows, 2), VOCABULARY_BITS, 0x0b5e55ed);
    Map<String, Object> provenance =
        provenance(
            documents,
            rows,
            yRows,
            oof,
            band,
            threshold,
            bestC,
            selection,
            weights,
            k,
            dataProvenance);
    ReliabilityModel model =
        new ReliabilityModel(
            ReliabilityModel.FORMAT,
            kind,
            config.features(),
            featurizer.denseNames(),
            round(fit.bias(), config.weightDecimals()),
            weights,
            calibration,
            band[0],
            band[1],
            threshold,
            targetPrecision,
            MIN_TOKENS,
            MIN_COVERAGE,
            vocabulary,
            ReliabilityModel.standardLabels(),
            provenance,
            Optional.empty());
    if (gate != null) {
      List<String> texts = new ArrayList<>(rows.length);
      for (int r : rows) {
        texts.add(documents.get(r).titleAndText());
      }
      model = model.withDomainGate(gate.train(config, x, rows, groups, texts));
    }
    return new Result(model, bestC, selection, oof);
  }

  /**
   * The uncertain band {@code [reliableAtOrBelow, unreliableAtOrAbove]}: the widest confident sides
   * whose out-of-fold precision reaches {@code target}, each holding at least {@link
   * #MIN_CONFIDENT} items; a side that cannot reach it is empty (0 or 1).
   */
  static double[] band(double[] p, int[] y, double target) {
    Integer[] order = IntStream.range(0, p.length).boxed().toArray(Integer[]::new);
    Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a]));
    double upper = 1.0;
    int hits = 0;
    for (int k = 0; k < order.length; k++) {
      hits += y[order[k]];
      boolean tieNext = k + 1 < order.length && p[order[k + 1]] == p[order[k]];
      if (!tieNext && k + 1 >= MIN_CONFIDENT && hits >= target * (k + 1)) {
        upper = p[order[k]];
      }
    }
    double lower = 0.0;
    int negatives = 0;
    for (int k = order.length - 1, m = 1; k >= 0; k--, m++) {
      negatives += 1 - y[order[k]];
      boolean tieNext = k > 0 && p[order[k - 1]] == p[order[k]];
      if (!tieNext && m >= MIN_CONFIDENT && negatives >= target * m) {
        lower = p[order[k]];
      }
    }
    upper = Math.ceil(upper * 10_000) / 10_000.0;
    lower = Math.floor(lower * 10_000) / 10_000.0;
    if (lower >= upper) {
      // Both sides reach the target across the whole range (well separated data): split at the
      // midpoint so that every item still gets one verdict.
      double mid = Math.round((lower + upper) / 2 * 10_000) / 10_000.0;
      lower = Math.max(0.0, mid - 0.0001);
      upper = mid;
    }
    return new double[] {lower, Math.min(1.0, upper)};
  }

  /**
   * Cross-fitted calibration: the scores of each fold calibrated by Platt and isotonic fits on the
   * other folds' scores, written into {@code platt} and {@code isotonic}.
   */
  static void crossFit(
      double[] raw, int[] y, int[] fold, int folds, double[] platt, double[] isotonic) {
    for (int f = 0; f < folds; f++) {
      final int held = f;
      int[] fit = IntStream.range(0, raw.length).filter(i -> fold[i] != held).toArray();
      int[] test = IntStream.range(0, raw.length).filter(i -> fold[i] == held).toArray();
      if (test.length == 0) {
        continue;
      }
      double[] r = new double[fit.length];
      int[] l = new int[fit.length];
      for (int j = 0; j < fit.length; j++) {
        r[j] = raw[fit[j]];
        l[j] = y[fit[j]];
      }
      PlattCalibration pc = PlattScaling.fit(r, l);
      IsotonicCalibration ic = IsotonicFit.fit(r, l);
      for (int i : test) {
        platt[i] = pc.probability(raw[i]);
        isotonic[i] = ic.probability(raw[i]);
      }
    }
  }

  /**
   * The threshold in {0.05, 0.06, …, 0.95} at which deciding "unreliable" maximises macro-F1 on
   * {@code p}; the one nearest 0.5 on ties.
   */
  static double macroF1Threshold(double[] p, int[] y) {
    double best = 0.5;
    double bestScore = BinaryMetrics.macroF1(p, y, 0.5);
    for (int t = 5; t <= 95; t++) {
      double threshold = t / 100.0;
      double score = BinaryMetrics.macroF1(p, y, threshold);
      if (score > bestScore + 1e-12
          || (Math.abs(score - bestScore) <= 1e-12
              && Math.abs(threshold - 0.5) < Math.abs(best - 0.5))) {
        best = threshold;
        bestScore = score;
      }
    }
    return best;
  }

  private Map<String, Object> provenance(
      List<LabelledDocument> documents,
      int[] rows,
      int[] yRows,
      double[] oof,
      double[] band,
      double threshold,
      double bestC,
      Map<Double, Double> selection,
      SparseWeights weights,
      int folds,
      Map<String, Object> dataProvenance) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("created", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    p.put("trainer", getClass().getName());
    p.put("data", dataProvenance);
    Map<String, Integer> counts = new TreeMap<>();
    for (int r : rows) {
      LabelledDocument d = documents.get(r);
      counts.merge(
          d.corpus() + "." + d.label().map(Reliability::id).orElse("unlabelled"), 1, Integer::sum);
    }
    p.put("training_rows", counts);
    Map<String, Object> h = new LinkedHashMap<>();
    h.put("solver", config.solver());
    h.put(
        "solver_implementation",
        (config.solver().equals(RegularisationSearch.DUAL)
                ? "dev.veracity.train.DualLogisticRegression (port of liblinear's"
                    + " solve_l2r_lr_dual, packed float rows)"
                : "liblinear")
            + ", eps "
            + LiblinearLogistic.eps(config.solver()));
    h.put("C", bestC);
    h.put("C_grid", config.cGrid());
    h.put("class_weight", config.balanced() ? "balanced" : "none");
    h.put("cv_folds", folds);
    h.put("cv_grouping", "by corpus and group (portal, outlet, speaker, topic pair, post)");
    h.put("selection_metric", "ROC AUC of pooled out-of-fold raw scores");
    h.put("selection_scores", stringKeys(selection));
    h.put(
        "calibration",
        "Platt sigmoid or isotonic regression fitted on out-of-fold raw scores of the chosen C,"
            + " whichever has the lower cross-fitted ECE");
    h.put("decision_threshold", threshold);
    h.put(
        "decision_threshold_rule", "maximises macro-F1 of cross-fitted out-of-fold probabilities");
    h.put(
        "uncertain_band",
        "widest confident sides whose calibrated out-of-fold precision reaches "
            + targetPrecision
            + " (at least "
            + MIN_CONFIDENT
            + " items each)");
    h.put("min_tokens", MIN_TOKENS);
    h.put("min_vocabulary_coverage", MIN_COVERAGE);
    h.put("vocabulary", "words in >= 2 training documents, 2^" + VOCABULARY_BITS + "-bit filter");
    h.put("weight_decimals", config.weightDecimals());
    h.put("non_zero_weights", weights.size());
    p.put("hyperparameters", h);
    p.put("seed", config.seed());
    p.put("versions", RegularisationSearch.versions());
    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put(
        "split",
        "out-of-fold predictions of the "
            + folds
            + "-fold grouped cross-validation on the training data, calibrated cross-fitted (C"
            + " chosen on the same folds, so slightly optimistic; see docs/EVALUATION.md)");
    metrics.put("roc_auc", round(BinaryMetrics.rocAuc(oof, yRows), 4));
    metrics.put("accuracy", round(BinaryMetrics.accuracy(oof, yRows, 0.5), 4));
    metrics.put("macro_f1", round(BinaryMetrics.macroF1(oof, yRows, 0.5), 4));
    metrics.put(
        "macro_f1_at_decision_threshold", round(BinaryMetrics.macroF1(oof, yRows, threshold), 4));
    metrics.put("ece", round(BinaryMetrics.expectedCalibrationError(oof, yRows), 4));
    int uncertain = 0;
    for (double v : oof) {
      if (v > band[0] && v < band[1]) {
        uncertain++;
      }
    }
    metrics.put("uncertain_share", round((double) uncertain / oof.length, 4));
    p.put("metrics", metrics);
    return p;
  }
}
