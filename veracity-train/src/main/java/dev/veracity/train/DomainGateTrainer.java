package dev.veracity.train;

import static dev.veracity.train.RegularisationSearch.round;

import dev.veracity.classify.DomainGate;
import dev.veracity.classify.ModelKind;
import dev.veracity.classify.ReliabilityFeaturizer;
import dev.veracity.feature.FeatureConfig;
import dev.veracity.feature.FeatureVector;
import dev.veracity.model.LinearTextModel;
import dev.veracity.model.PlattCalibration;
import dev.veracity.model.SparseWeights;
import dev.veracity.train.data.CheckworthyCorpora;
import dev.veracity.train.data.DataFormatException;
import dev.veracity.train.data.LabeledSentence;
import dev.veracity.train.data.YoutubeSpamCorpus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;

/**
 * Trains a reliability model's {@link DomainGate}: an L2 logistic regression over the reliability
 * model's own features that tells its training text (label 1) from a fixed pool of outside text
 * (label 0), with balanced class weights and a fixed C.
 *
 * <p>The training rows are split by group into a fit part (80 %), a calibration part (10 %) and a
 * test part (10 %); the outside pool is split at random into a fit part (80 %) and a test part (20
 * %). The gate is fitted on the two fit parts; its in-domain probability is the logistic function
 * of its raw score (a class-balanced fit, so not a frequency), and its threshold is the {@link
 * #quantile()} quantile of the calibration part's probabilities, so that about that share of new
 * text like the training text (from groups the gate never saw) is flagged. The provenance records
 * the flagged shares of the test parts, per outside source, and of the outside sources held aside.
 *
 * <p>Pool texts equal (after {@link CheckworthyCorpora#normalise}) to a training text are left out.
 * The pool's features are computed once per feature configuration and kept, so one trainer serves
 * every fold of a cross-validation. Thread-safe.
 */
public final class DomainGateTrainer {

  /** Share of held-out training text the gate may flag. */
  public static final double DEFAULT_QUANTILE = 0.05;

  /** The gate's regularisation strength. */
  public static final double DEFAULT_C = 1.0;

  /** Outside source: clickbait headlines (BuzzFeed, Upworthy, ...). */
  public static final String CLICKBAIT = "clickbait-headlines";

  /** Outside source: non-clickbait news headlines (WikiNews, NYT, Guardian, The Hindu). */
  public static final String NEWS_HEADLINES = "news-headlines";

  /** Outside source: ClaimBuster's US presidential debate sentences (1960-2016). */
  public static final String DEBATE_SENTENCES = "debate-sentences";

  /** Outside source: YouTube comments of five music videos. */
  public static final String YOUTUBE_COMMENTS = "youtube-comments";

  /** Every outside source, in pool order. */
  public static final List<String> SOURCES =
      List.of(CLICKBAIT, NEWS_HEADLINES, DEBATE_SENTENCES, YOUTUBE_COMMENTS);

  private static final int FIT_PERCENT = 80;

  /**
   * The outside text.
   *
   * @param texts the texts
   * @param sources each text's source, one of {@link #SOURCES}
   * @param provenance each source's files with sha256 and row counts
   */
  public record OutsidePool(
      List<String> texts, List<String> sources, Map<String, Object> provenance) {

    /** Validates and copies. */
    public OutsidePool {
      texts = List.copyOf(texts);
      sources = List.copyOf(sources);
      provenance = Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
      if (texts.size() != sources.size()) {
        throw new IllegalArgumentException("one source per text");
      }
    }

    /**
     * Reads every outside source from {@code datasets}: {@code clickbait-chakraborty} (both files),
     * {@code claimbuster-2class/train.json} and {@code youtube-spam/*.csv}.
     */
    public static OutsidePool load(Path datasets) throws IOException, DataFormatException {
      List<String> texts = new ArrayList<>();
      List<String> sources = new ArrayList<>();
      Map<String, Object> provenance = new LinkedHashMap<>();
      provenance.put(
          "datasets",
          "shared datasets directory (see each corpus's MANIFEST.md); never a corpus"
              + " a reliability model is trained on");
      Map<String, Object> files = new LinkedHashMap<>();
      String[][] headlines = {
        {CLICKBAIT, "clickbait-chakraborty/clickbait_data.gz"},
        {NEWS_HEADLINES, "clickbait-chakraborty/non_clickbait_data.gz"}
      };
      for (String[] h : headlines) {
        Path f = datasets.resolve(h[1]);
        int n = 0;
        for (String line : gzipLines(f)) {
          texts.add(line);
          sources.add(h[0]);
          n++;
        }
        files.put(h[1], file(h[0], f, n));
      }
      String cbFile = CheckworthyCorpora.files(CheckworthyCorpora.CLAIMBUSTER).get(0);
      List<LabeledSentence> debates =
          CheckworthyCorpora.read(datasets, CheckworthyCorpora.CLAIMBUSTER);
      for (LabeledSentence s : debates) {
        texts.add(s.text());
        sources.add(DEBATE_SENTENCES);
      }
      files.put(cbFile, file(DEBATE_SENTENCES, datasets.resolve(cbFile), debates.size()));
      for (Path f : YoutubeSpamCorpus.files(datasets)) {
        List<LabeledSentence> comments = YoutubeSpamCorpus.readFile(f);
        for (LabeledSentence s : comments) {
          texts.add(s.text());
          sources.add(YOUTUBE_COMMENTS);
        }
        files.put(
            YoutubeSpamCorpus.DIRECTORY + "/" + f.getFileName(),
            file(YOUTUBE_COMMENTS, f, comments.size()));
      }
      provenance.put("files", files);
      return new OutsidePool(texts, sources, provenance);
    }

    private static Map<String, Object> file(String source, Path f, int rows) throws IOException {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("source", source);
      m.put("sha256", CheckworthyCorpora.sha256(f));
      m.put("rows", rows);
      return m;
    }

    private static List<String> gzipLines(Path f) throws IOException {
      List<String> out = new ArrayList<>();
      try (BufferedReader r =
          new BufferedReader(
              new InputStreamReader(
                  new GZIPInputStream(Files.newInputStream(f)), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          if (!line.isBlank()) {
            out.add(line.strip());
          }
        }
      }
      return out;
    }
  }

  /**
   * The outside sources a model of {@code kind} does not train its gate on by default. The
   * statements model (LIAR) holds political claims, and ClaimBuster's debate sentences are
   * political claims by politicians too: a gate taught that they are outside text would spend its
   * weights on telling two kinds of political claim apart, and flag debate claims the statements
   * model is fit to judge (docs/EVALUATION.md, "Domain gate"). They stay in the pool's test part,
   * so their flagged share is still measured.
   */
  public static Set<String> heldAside(ModelKind kind) {
    return kind == ModelKind.STATEMENTS ? Set.of(DEBATE_SENTENCES) : Set.of();
  }

  private final OutsidePool pool;
  private final Set<String> heldAside;
  private final double c;
  private final double quantile;
  private FeatureConfig cachedConfig;
  private PackedRows cachedRows;

  /**
   * A trainer on {@code pool}.
   *
   * @param heldAside sources kept out of the gate's training (their flagged share is measured)
   * @param c the regularisation strength
   * @param quantile the share of held-out training text the threshold flags, in (0, 0.5)
   */
  public DomainGateTrainer(OutsidePool pool, Set<String> heldAside, double c, double quantile) {
    this.pool = Objects.requireNonNull(pool, "pool");
    this.heldAside = Set.copyOf(heldAside);
    if (!(c > 0) || !Double.isFinite(c)) {
      throw new IllegalArgumentException("c must be positive, got " + c);
    }
    if (!(quantile > 0.0 && quantile < 0.5)) {
      throw new IllegalArgumentException("quantile must be in (0, 0.5), got " + quantile);
    }
    this.c = c;
    this.quantile = quantile;
  }

  /** A trainer with the defaults for {@code kind}. */
  public static DomainGateTrainer defaults(OutsidePool pool, ModelKind kind) {
    return new DomainGateTrainer(pool, heldAside(kind), DEFAULT_C, DEFAULT_QUANTILE);
  }

  /** The share of held-out training text the threshold flags. */
  public double quantile() {
    return quantile;
  }

  /** The pool's packed features under {@code features}, computed once per configuration. */
  private synchronized PackedRows poolRows(FeatureConfig features) {
    if (!features.equals(cachedConfig)) {
      ReliabilityFeaturizer featurizer = new ReliabilityFeaturizer(features);
      FeatureVector[] v = new FeatureVector[pool.texts().size()];
      IntStream.range(0, v.length)
          .parallel()
          .forEach(i -> v[i] = featurizer.vectorize(pool.texts().get(i)));
      cachedRows = PackedRows.of(v);
      cachedConfig = features;
    }
    return cachedRows;
  }

  /**
   * The gate of a reliability model trained on {@code rows} of {@code x}.
   *
   * @param config the reliability trainer's configuration (features, solver, class weights, seed)
   * @param x the training documents' features
   * @param rows the rows the reliability model is trained on
   * @param groups each row's group (parallel to {@code rows})
   * @param texts each row's text (parallel to {@code rows}), to keep equal texts out of the pool
   */
  public LinearTextModel train(
      TrainerConfig config, PackedRows x, int[] rows, List<String> groups, List<String> texts) {
    FeatureConfig features = config.features();
    ReliabilityFeaturizer featurizer = new ReliabilityFeaturizer(features);
    int dimension = featurizer.dimension();
    PackedRows poolRows = poolRows(features);
    long seed = config.seed();

    // In-domain parts by group: fold 0 calibrates the threshold, fold 1 tests, the rest fit.
    int distinct = new HashSet<>(groups).size();
    int[] part;
    if (distinct >= 10) {
      part = GroupedFolds.assign(groups, 10, seed);
    } else {
      Random r = new Random(seed);
      part = IntStream.range(0, rows.length).map(i -> r.nextInt(10)).toArray();
    }
    // Outside pool: texts equal to a training text are dropped; held-aside sources only tested.
    Set<String> training = new HashSet<>();
    for (String t : texts) {
      training.add(CheckworthyCorpora.normalise(t));
    }
    int n = pool.texts().size();
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Collections.shuffle(Arrays.asList(order), new Random(seed));
    List<Integer> poolFit = new ArrayList<>();
    List<Integer> poolTest = new ArrayList<>();
    int dropped = 0;
    for (int k = 0; k < n; k++) {
      int i = order[k];
      if (training.contains(CheckworthyCorpora.normalise(pool.texts().get(i)))) {
        dropped++;
        continue;
      }
      boolean fit =
          !heldAside.contains(pool.sources().get(i)) && (long) k * 100 < (long) n * FIT_PERCENT;
      (fit ? poolFit : poolTest).add(i);
    }

    PackedRows gx = new PackedRows();
    List<Integer> y = new ArrayList<>();
    int inFit = 0;
    for (int i = 0; i < rows.length; i++) {
      if (part[i] >= 2) {
        gx.add(x.vector(rows[i]));
        y.add(1);
        inFit++;
      }
    }
    for (int i : poolFit) {
      gx.add(poolRows.vector(i));
      y.add(0);
    }
    int[] labels = y.stream().mapToInt(Integer::intValue).toArray();
    int[] all = IntStream.range(0, labels.length).toArray();
    LiblinearLogistic.Fit fit = RegularisationSearch.fit(config, gx, labels, all, dimension, c);
    SparseWeights weights = SparseWeights.of(fit.weights(), config.weightDecimals());
    double bias = round(fit.bias(), config.weightDecimals());
    double[] dense = weights.toDense(dimension);
    PlattCalibration logistic = PlattCalibration.identity();

    List<Double> calibration = new ArrayList<>();
    List<Double> test = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      if (part[i] < 2) {
        double p = logistic.probability(bias + x.dot(rows[i], dense));
        (part[i] == 0 ? calibration : test).add(p);
      }
    }
    double threshold = Math.floor(quantileOf(calibration, quantile) * 10_000) / 10_000.0;

    Map<String, int[]> bySource = new LinkedHashMap<>();
    for (int i : poolTest) {
      double p = logistic.probability(bias + poolRows.dot(i, dense));
      int[] counts = bySource.computeIfAbsent(pool.sources().get(i), s -> new int[2]);
      counts[0]++;
      if (p < threshold) {
        counts[1]++;
      }
    }

    Map<String, Object> h = new LinkedHashMap<>();
    h.put("solver", config.solver());
    h.put("C", c);
    h.put("class_weight", config.balanced() ? "balanced" : "none");
    h.put(
        "features",
        "the reliability model's own (same hashed n-grams, style cues and length), so scoring"
            + " reuses its feature vector");
    h.put(
        "in_domain_split",
        "by group: 80 % fit, 10 % calibration, 10 % test"
            + (distinct >= 10 ? "" : " (fewer than 10 groups: by row)"));
    h.put("outside_split", "at random: 80 % fit, 20 % test; held-aside sources test only");
    h.put("held_aside_sources", heldAside.stream().sorted().toList());
    h.put("probability", "logistic function of the raw score of a class-balanced fit");
    h.put("threshold", threshold);
    h.put(
        "threshold_rule",
        "the " + quantile + " quantile of the in-domain calibration part's probabilities");
    h.put("weight_decimals", config.weightDecimals());
    h.put("non_zero_weights", weights.size());

    Map<String, Object> data = new LinkedHashMap<>(pool.provenance());
    data.put("pool_texts_dropped_as_training_text", dropped);
    Map<String, Integer> counts = new TreeMap<>();
    counts.put("in_domain_fit", inFit);
    counts.put("outside_fit", poolFit.size());

    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put("split", "held-out parts described in hyperparameters");
    metrics.put("in_domain_calibration_flagged", round(flagged(calibration, threshold), 4));
    metrics.put("in_domain_test_flagged", round(flagged(test, threshold), 4));
    metrics.put("in_domain_test_rows", test.size());
    Map<String, Object> outside = new LinkedHashMap<>();
    for (var e : bySource.entrySet()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("rows", e.getValue()[0]);
      m.put("flagged", round((double) e.getValue()[1] / e.getValue()[0], 4));
      m.put("held_aside", heldAside.contains(e.getKey()));
      outside.put(e.getKey(), m);
    }
    metrics.put("outside_test_flagged", outside);
    return DomainGate.FORMAT.model(
        features,
        featurizer.denseNames(),
        bias,
        weights,
        logistic,
        threshold,
        RegularisationSearch.provenance(getClass(), data, counts, h, config.seed(), metrics));
  }

  /** The {@code q} quantile (lower) of {@code values}; 0 when empty. */
  static double quantileOf(List<Double> values, double q) {
    if (values.isEmpty()) {
      return 0.0;
    }
    double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int k = (int) Math.floor(q * (v.length - 1));
    return v[k];
  }

  private static double flagged(List<Double> p, double threshold) {
    if (p.isEmpty()) {
      return 0.0;
    }
    return (double) p.stream().filter(v -> v < threshold).count() / p.size();
  }
}
