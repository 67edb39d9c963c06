package dev.veracity.train;

import dev.veracity.classify.ReliabilityFeaturizer;
import dev.veracity.feature.FeatureConfig;
import dev.veracity.feature.FeatureVector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Multi-class truthfulness from text alone (LIAR's six Truth-O-Meter ratings), by liblinear
 * logistic regressions over the reliability features: one-vs-rest (each class's sigmoid,
 * normalised), or, for ordered classes, ordinal (one fit per cut "above class k", class
 * probabilities from differences of the cuts) or the mean of the two. The class with the highest
 * probability wins, optionally after per-class offsets to the log-probabilities that are tuned for
 * accuracy on out-of-fold predictions (a decision rule fitted to the class priors). Method, C,
 * class weighting and offsets are chosen by the accuracy of grouped out-of-fold predictions on the
 * training data (offsets cross-fitted: each fold decided by offsets tuned on the others), then
 * refitted on all of it.
 *
 * <p>Optionally, each text's dense vector (a sentence encoder's, say) is appended as columns after
 * the lexical features, multiplied by a scale that is chosen with the other settings from {@link
 * #withVectorScales}.
 *
 * <p>Holds only hyperparameters; each call is independent. Not for concurrent use (liblinear).
 */
public final class TruthfulnessExperiment {

  private final FeatureConfig features;
  private final List<Double> cGrid;
  private final int folds;
  private final long seed;
  private final List<String> order;
  private final boolean priorOffsets;
  private final double nbAlpha;
  private final List<Double> vectorScales;

  /**
   * An experiment with these hyperparameters.
   *
   * @param folds grouped cross-validation folds for the choice of C, >= 2
   * @param order the classes from least to most true, for the ordinal method; empty, or naming
   *     other classes than the training data's, for one-vs-rest only
   */
  public TruthfulnessExperiment(
      FeatureConfig features, List<Double> cGrid, int folds, long seed, List<String> order) {
    this(features, cGrid, folds, seed, order, true, 0);
  }

  /**
   * An experiment with these hyperparameters.
   *
   * @param folds grouped cross-validation folds for the choice of C, >= 2
   * @param order the classes from least to most true, for the ordinal and combined methods; empty,
   *     or naming other classes than the training data's, for one-vs-rest only
   * @param priorOffsets whether settings with per-class offsets to the log-probabilities (tuned for
   *     accuracy on out-of-fold predictions of the training data) are tried too
   * @param nbAlpha 0 for plain features; above 0, each binary fit scales every column by its
   *     log-count ratio between the fit's two sides (NB-SVM, Wang and Manning 2012; presence counts
   *     smoothed by this alpha), computed on the fit's own training rows
   */
  public TruthfulnessExperiment(
      FeatureConfig features,
      List<Double> cGrid,
      int folds,
      long seed,
      List<String> order,
      boolean priorOffsets,
      double nbAlpha) {
    this(features, cGrid, folds, seed, order, priorOffsets, nbAlpha, List.of(1.0));
  }

  private TruthfulnessExperiment(
      FeatureConfig features,
      List<Double> cGrid,
      int folds,
      long seed,
      List<String> order,
      boolean priorOffsets,
      double nbAlpha,
      List<Double> vectorScales) {
    this.vectorScales = List.copyOf(vectorScales);
    if (this.vectorScales.isEmpty() || this.vectorScales.stream().anyMatch(v -> !(v > 0))) {
      throw new IllegalArgumentException(
          "vectorScales must hold positive values, got " + vectorScales);
    }
    if (!(nbAlpha >= 0)) {
      throw new IllegalArgumentException("nbAlpha must be >= 0, got " + nbAlpha);
    }
    this.nbAlpha = nbAlpha;
    this.priorOffsets = priorOffsets;
    this.order = List.copyOf(order);
    this.features = Objects.requireNonNull(features, "features");
    this.cGrid = List.copyOf(cGrid);
    if (this.cGrid.isEmpty() || this.cGrid.stream().anyMatch(c -> !(c > 0))) {
      throw new IllegalArgumentException("cGrid must hold positive values, got " + cGrid);
    }
    if (folds < 2) {
      throw new IllegalArgumentException("folds must be >= 2, got " + folds);
    }
    this.folds = folds;
    this.seed = seed;
  }

  /** The C values tried. */
  public List<Double> cGrid() {
    return cGrid;
  }

  /**
   * This experiment with these factors tried on the appended dense vectors of {@link #run(List,
   * List, List, List)} (default {1}); unused without vectors.
   */
  public TruthfulnessExperiment withVectorScales(List<Double> scales) {
    return new TruthfulnessExperiment(
        features, cGrid, folds, seed, order, priorOffsets, nbAlpha, scales);
  }

  /** The factors tried on appended dense vectors. */
  public List<Double> vectorScales() {
    return vectorScales;
  }

  /** The number of grouped cross-validation folds. */
  public int folds() {
    return folds;
  }

  /** LIAR's six ratings from least to most true. */
  public static final List<String> LIAR_ORDER =
      List.of("pants-fire", "false", "barely-true", "half-true", "mostly-true", "true");

  /**
   * The defaults: the reliability features, C in {0.25, 1, 4, 16}, 3 folds, LIAR's order for the
   * ordinal method.
   */
  public static TruthfulnessExperiment defaults(long seed) {
    return new TruthfulnessExperiment(
        FeatureConfig.defaults(), List.of(0.25, 1.0, 4.0, 16.0), 3, seed, LIAR_ORDER);
  }

  /**
   * A labelled text.
   *
   * @param text the text scored
   * @param label its class, e.g. {@code half-true}
   * @param group its cross-validation group (the speaker, say)
   */
  public record Item(String text, String label, String group) {

    /** Validates. */
    public Item {
      Objects.requireNonNull(text, "text");
      if (label == null || label.isBlank()) {
        throw new IllegalArgumentException("label must not be blank, got '" + label + "'");
      }
      Objects.requireNonNull(group, "group");
    }
  }

  /**
   * What the experiment produced.
   *
   * @param classes the classes, in column order of the scores
   * @param predicted the predicted class of each test item
   * @param method {@code one-vs-rest}, {@code ordinal} or {@code combined} (the mean of both
   *     methods' class probabilities), the selected method
   * @param chosenC the selected C
   * @param balanced whether the selected fits weight classes by inverse frequency
   * @param offsets the selected per-class offsets to the log-probabilities (all 0 without offsets)
   * @param selection the out-of-fold accuracy of every setting, in the order tried
   * @param vectorScale the selected factor on the appended dense vectors; 0 without vectors
   */
  public record Result(
      List<String> classes,
      List<String> predicted,
      String method,
      double chosenC,
      boolean balanced,
      Map<String, Double> offsets,
      Map<String, Double> selection,
      double vectorScale) {

    /** Copies. */
    public Result {
      classes = List.copyOf(classes);
      predicted = List.copyOf(predicted);
      Objects.requireNonNull(method, "method");
      offsets = Collections.unmodifiableMap(new LinkedHashMap<>(offsets));
      selection = Collections.unmodifiableMap(new LinkedHashMap<>(selection));
    }
  }

  /** Chooses the setting on {@code train}, refits on all of it and predicts {@code test}. */
  public Result run(List<Item> train, List<String> test) {
    return run(train, test, null, null);
  }

  /**
   * Chooses the setting on {@code train}, refits on all of it and predicts {@code test}, with each
   * text's dense vector appended after the lexical features (times each of {@link #vectorScales},
   * the factor chosen with the other settings).
   *
   * @param trainVectors one vector per train item, all of one length; null for lexical features
   *     only (then {@code testVectors} must be null too, and this is {@link #run(List, List)})
   * @param testVectors one vector per test text, of the same length
   */
  public Result run(
      List<Item> train, List<String> test, List<float[]> trainVectors, List<float[]> testVectors) {
    if ((trainVectors == null) != (testVectors == null)) {
      throw new IllegalArgumentException("vectors must be given for both train and test or none");
    }
    ReliabilityFeaturizer featurizer = new ReliabilityFeaturizer(features);
    FeatureVector[] lexical = vectorize(featurizer, train.stream().map(Item::text).toList());
    FeatureVector[] lexicalTest = vectorize(featurizer, test);
    int lexicalDimension = featurizer.dimension();
    int denseDimension = 0;
    if (trainVectors != null) {
      if (trainVectors.size() != train.size() || testVectors.size() != test.size()) {
        throw new IllegalArgumentException(
            "one vector per text needed, got "
                + trainVectors.size()
                + " for "
                + train.size()
                + " train and "
                + testVectors.size()
                + " for "
                + test.size()
                + " test texts");
      }
      denseDimension = trainVectors.isEmpty() ? 0 : trainVectors.get(0).length;
      for (List<float[]> vs : List.of(trainVectors, testVectors)) {
        for (float[] v : vs) {
          if (v.length != denseDimension) {
            throw new IllegalArgumentException(
                "vectors must all have " + denseDimension + " components, got " + v.length);
          }
        }
      }
    }
    int dimension = lexicalDimension + denseDimension;
    Set<String> distinct = new TreeSet<>(train.stream().map(Item::label).toList());
    if (distinct.size() < 2) {
      throw new IllegalArgumentException("train must hold at least two classes, got " + distinct);
    }
    boolean ordered = new HashSet<>(order).equals(distinct);
    List<String> classes = ordered ? order : new ArrayList<>(distinct);
    int k = classes.size();
    int[] label = train.stream().mapToInt(i -> classes.indexOf(i.label())).toArray();
    int[] fold = GroupedFolds.assign(train.stream().map(Item::group).toList(), folds, seed);
    Map<String, Double> selection = new LinkedHashMap<>();
    Setting best = null;
    double bestAccuracy = Double.NEGATIVE_INFINITY;
    double[][] bestOutOfFold = null;
    List<Method> methods = ordered ? List.of(Method.values()) : List.of(Method.ONE_VS_REST);
    List<Double> scales = trainVectors == null ? List.of(0.0) : vectorScales;
    for (double scale : scales) {
      FeatureVector[] x = withVectors(lexical, lexicalDimension, trainVectors, scale);
      for (boolean balanced : new boolean[] {false, true}) {
        for (double c : cGrid) {
          // One set of fits per fold serves every method: the one-vs-rest fits, and for ordered
          // classes the ordinal cuts; "combined" averages the two methods' class probabilities.
          double[][] ovr = new double[x.length][];
          double[][] ordinal = new double[x.length][];
          for (int f = 0; f < folds; f++) {
            final int held = f;
            int[] fit = IntStream.range(0, x.length).filter(i -> fold[i] != held).toArray();
            int[] out = IntStream.range(0, x.length).filter(i -> fold[i] == held).toArray();
            double[][] p =
                oneVsRest(fits(x, label, fit, k, lexicalDimension, dimension, c, balanced), x, out);
            double[][] q =
                ordered
                    ? ordinal(
                        cuts(x, label, fit, k, lexicalDimension, dimension, c, balanced), x, out)
                    : null;
            for (int r = 0; r < out.length; r++) {
              ovr[out[r]] = p[r];
              if (ordered) {
                ordinal[out[r]] = q[r];
              }
            }
          }
          for (Method method : methods) {
            double[][] probabilities = method.mix(ovr, ordinal);
            for (boolean offsets :
                priorOffsets ? new boolean[] {false, true} : new boolean[] {false}) {
              double accuracy =
                  offsets
                      ? crossFittedOffsetAccuracy(probabilities, label, fold, k)
                      : accuracy(probabilities, label, new double[k]);
              Setting setting = new Setting(method, c, balanced, offsets, scale);
              selection.put(setting.toString(), RegularisationSearch.round(accuracy, 4));
              if (accuracy > bestAccuracy) {
                bestAccuracy = accuracy;
                best = setting;
                bestOutOfFold = probabilities;
              }
            }
          }
        }
      }
    }
    FeatureVector[] x = withVectors(lexical, lexicalDimension, trainVectors, best.vectorScale());
    FeatureVector[] xTest =
        withVectors(lexicalTest, lexicalDimension, testVectors, best.vectorScale());
    double[] offsets =
        best.offsets() ? tuneOffsets(bestOutOfFold, label, null, -1, k) : new double[k];
    int[] all = IntStream.range(0, x.length).toArray();
    int[] targetRows = IntStream.range(0, xTest.length).toArray();
    double[][] ovr =
        best.method() == Method.ORDINAL
            ? null
            : oneVsRest(
                fits(x, label, all, k, lexicalDimension, dimension, best.c(), best.balanced()),
                xTest,
                targetRows);
    double[][] ord =
        best.method() == Method.ONE_VS_REST
            ? null
            : ordinal(
                cuts(x, label, all, k, lexicalDimension, dimension, best.c(), best.balanced()),
                xTest,
                targetRows);
    double[][] probabilities = best.method().mix(ovr, ord);
    List<String> predicted =
        Arrays.stream(probabilities).map(p -> classes.get(argmax(p, offsets))).toList();
    Map<String, Double> offsetMap = new LinkedHashMap<>();
    for (int c = 0; c < k; c++) {
      offsetMap.put(classes.get(c), RegularisationSearch.round(offsets[c], 4));
    }
    return new Result(
        classes,
        predicted,
        best.method().label,
        best.c(),
        best.balanced(),
        offsetMap,
        selection,
        best.vectorScale());
  }

  /** How class probabilities are formed from the fits. */
  enum Method {
    ONE_VS_REST("one-vs-rest"),
    ORDINAL("ordinal"),
    COMBINED("combined");

    final String label;

    Method(String label) {
      this.label = label;
    }

    double[][] mix(double[][] ovr, double[][] ordinal) {
      return switch (this) {
        case ONE_VS_REST -> ovr;
        case ORDINAL -> ordinal;
        case COMBINED -> {
          double[][] m = new double[ovr.length][];
          for (int i = 0; i < m.length; i++) {
            m[i] = new double[ovr[i].length];
            for (int c = 0; c < m[i].length; c++) {
              m[i][c] = 0.5 * (ovr[i][c] + ordinal[i][c]);
            }
          }
          yield m;
        }
      };
    }
  }

  /** One setting of the search; {@code vectorScale} 0 without vectors. */
  private record Setting(
      Method method, double c, boolean balanced, boolean offsets, double vectorScale) {
    @Override
    public String toString() {
      return method.label
          + ",C="
          + c
          + ",balanced="
          + balanced
          + (offsets ? ",offsets" : "")
          + (vectorScale > 0 ? ",vectors=" + vectorScale : "");
    }
  }

  /**
   * {@code lexical} with each row's vector times {@code scale} appended as columns {@code
   * lexicalDimension} onwards; {@code lexical} itself when {@code vectors} is null.
   */
  static FeatureVector[] withVectors(
      FeatureVector[] lexical, int lexicalDimension, List<float[]> vectors, double scale) {
    if (vectors == null) {
      return lexical;
    }
    FeatureVector[] x = new FeatureVector[lexical.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = appendDense(lexical[i], lexicalDimension, vectors.get(i), scale);
    }
    return x;
  }

  /**
   * {@code lexical} (whose columns must lie below {@code offset}) followed by {@code vector[j] *
   * scale} in column {@code offset + j}; zero components are left out, as sparse vectors store no
   * zeros.
   */
  static FeatureVector appendDense(
      FeatureVector lexical, int offset, float[] vector, double scale) {
    int n = lexical.size();
    if (n > 0 && lexical.indices()[n - 1] >= offset) {
      throw new IllegalArgumentException(
          "lexical column " + lexical.indices()[n - 1] + " is not below " + offset);
    }
    int nonZero = 0;
    for (float f : vector) {
      nonZero += f != 0 ? 1 : 0;
    }
    int[] idx = Arrays.copyOf(lexical.indices(), n + nonZero);
    double[] val = Arrays.copyOf(lexical.values(), n + nonZero);
    int at = n;
    for (int j = 0; j < vector.length; j++) {
      if (vector[j] != 0) {
        idx[at] = offset + j;
        val[at] = vector[j] * scale;
        at++;
      }
    }
    return new FeatureVector(idx, val);
  }

  /**
   * Out-of-fold accuracy with class offsets: each fold is decided with offsets tuned on the other
   * folds' out-of-fold probabilities, so the offsets never see the rows they decide.
   */
  private double crossFittedOffsetAccuracy(double[][] p, int[] label, int[] fold, int k) {
    int hits = 0;
    for (int f = 0; f < folds; f++) {
      double[] offsets = tuneOffsets(p, label, fold, f, k);
      for (int i = 0; i < p.length; i++) {
        if (fold[i] == f && argmax(p[i], offsets) == label[i]) {
          hits++;
        }
      }
    }
    return (double) hits / p.length;
  }

  /**
   * Additive offsets to the log-probabilities of each class (the first is fixed at 0) that maximise
   * accuracy on the rows whose fold is not {@code held} (all rows when {@code fold} is null), by
   * coordinate ascent over a grid in [-1, 1], step 0.05; ties keep the smaller offset.
   */
  static double[] tuneOffsets(double[][] p, int[] label, int[] fold, int held, int k) {
    double[][] logp = new double[p.length][];
    for (int i = 0; i < p.length; i++) {
      logp[i] = new double[k];
      for (int c = 0; c < k; c++) {
        logp[i][c] = Math.log(Math.max(p[i][c], 1e-12));
      }
    }
    double[] offsets = new double[k];
    int bestHits = hits(logp, label, fold, held, offsets);
    for (int sweep = 0; sweep < 3; sweep++) {
      boolean changed = false;
      for (int c = 1; c < k; c++) {
        double keep = offsets[c];
        double bestValue = keep;
        for (int step = -20; step <= 20; step++) {
          offsets[c] = step * 0.05;
          int h = hits(logp, label, fold, held, offsets);
          if (h > bestHits || (h == bestHits && Math.abs(offsets[c]) < Math.abs(bestValue))) {
            bestHits = h;
            bestValue = offsets[c];
          }
        }
        offsets[c] = bestValue;
        changed |= bestValue != keep;
      }
      if (!changed) {
        break;
      }
    }
    return offsets;
  }

  private static int hits(double[][] logp, int[] label, int[] fold, int held, double[] offsets) {
    int hits = 0;
    for (int i = 0; i < logp.length; i++) {
      if (fold != null && fold[i] == held) {
        continue;
      }
      int best = 0;
      for (int c = 1; c < offsets.length; c++) {
        if (logp[i][c] + offsets[c] > logp[i][best] + offsets[best]) {
          best = c;
        }
      }
      hits += best == label[i] ? 1 : 0;
    }
    return hits;
  }

  private static int argmax(double[] p, double[] offsets) {
    int best = 0;
    for (int c = 1; c < p.length; c++) {
      if (Math.log(Math.max(p[c], 1e-12)) + offsets[c]
          > Math.log(Math.max(p[best], 1e-12)) + offsets[best]) {
        best = c;
      }
    }
    return best;
  }

  private static double accuracy(double[][] p, int[] label, double[] offsets) {
    int hits = 0;
    for (int i = 0; i < p.length; i++) {
      hits += argmax(p[i], offsets) == label[i] ? 1 : 0;
    }
    return (double) hits / p.length;
  }

  /** The ordinal cuts: cut k separates classes 0..k from k+1... */
  private LiblinearLogistic.Fit[] cuts(
      FeatureVector[] x,
      int[] label,
      int[] rows,
      int classes,
      int lexicalDimension,
      int dimension,
      double c,
      boolean balanced) {
    LiblinearLogistic.Fit[] cuts = new LiblinearLogistic.Fit[classes - 1];
    for (int k = 0; k < classes - 1; k++) {
      int[] y = new int[label.length];
      for (int i = 0; i < y.length; i++) {
        y[i] = label[i] > k ? 1 : 0;
      }
      cuts[k] = binaryFit(x, y, rows, lexicalDimension, dimension, c, balanced);
    }
    return cuts;
  }

  /**
   * Class probabilities from the cuts: P(above k) made non-increasing in k, each class's
   * probability the difference of neighbouring cuts.
   */
  private static double[][] ordinal(LiblinearLogistic.Fit[] cuts, FeatureVector[] x, int[] rows) {
    int classes = cuts.length + 1;
    double[][] out = new double[rows.length][];
    for (int r = 0; r < rows.length; r++) {
      double[] above = new double[classes - 1];
      for (int k = 0; k < above.length; k++) {
        double s = cuts[k].bias() + x[rows[r]].dot(cuts[k].weights());
        above[k] = 1.0 / (1.0 + Math.exp(-s));
        if (k > 0) {
          above[k] = Math.min(above[k], above[k - 1]);
        }
      }
      out[r] = new double[classes];
      for (int k = 0; k < classes; k++) {
        out[r][k] = (k == 0 ? 1.0 : above[k - 1]) - (k == classes - 1 ? 0.0 : above[k]);
      }
    }
    return out;
  }

  /** Class probabilities from one-vs-rest fits: each class's sigmoid, normalised to sum 1. */
  private static double[][] oneVsRest(LiblinearLogistic.Fit[] fits, FeatureVector[] x, int[] rows) {
    double[][] out = new double[rows.length][];
    for (int r = 0; r < rows.length; r++) {
      out[r] = new double[fits.length];
      double sum = 0;
      for (int c = 0; c < fits.length; c++) {
        double s = fits[c].bias() + x[rows[r]].dot(fits[c].weights());
        out[r][c] = 1.0 / (1.0 + Math.exp(-s));
        sum += out[r][c];
      }
      for (int c = 0; c < fits.length; c++) {
        out[r][c] /= sum;
      }
    }
    return out;
  }

  /**
   * One binary fit; with {@link #nbAlpha} above 0, on lexical columns (those below {@code
   * lexicalDimension}) scaled by their log-count ratio, the ratio folded into the returned weights
   * so that it scores unscaled vectors. Appended dense columns are never scaled.
   */
  private LiblinearLogistic.Fit binaryFit(
      FeatureVector[] x,
      int[] y,
      int[] rows,
      int lexicalDimension,
      int dimension,
      double c,
      boolean balanced) {
    if (nbAlpha == 0) {
      return RegularisationSearch.fit(config(balanced), x, y, rows, dimension, c);
    }
    double[] r = Arrays.copyOf(logCountRatio(x, y, rows, lexicalDimension, nbAlpha), dimension);
    Arrays.fill(r, lexicalDimension, dimension, 1.0);
    FeatureVector[] scaled = new FeatureVector[x.length];
    for (int i : rows) {
      double[] v = x[i].values().clone();
      int[] idx = x[i].indices();
      for (int j = 0; j < v.length; j++) {
        v[j] *= idx[j] < r.length ? r[idx[j]] : 0.0;
      }
      scaled[i] = new FeatureVector(idx, v);
    }
    LiblinearLogistic.Fit fit =
        RegularisationSearch.fit(config(balanced), scaled, y, rows, dimension, c);
    double[] w = fit.weights().clone();
    for (int j = 0; j < w.length && j < r.length; j++) {
      w[j] *= r[j];
    }
    return new LiblinearLogistic.Fit(w, fit.bias());
  }

  /**
   * Each column's log-count ratio log((p_j / |p|) / (q_j / |q|)), where p_j and q_j are alpha plus
   * the number of positive and negative {@code rows} in which column j is non-zero.
   */
  static double[] logCountRatio(
      FeatureVector[] x, int[] y, int[] rows, int dimension, double alpha) {
    double[] p = new double[dimension];
    double[] q = new double[dimension];
    Arrays.fill(p, alpha);
    Arrays.fill(q, alpha);
    for (int i : rows) {
      double[] side = y[i] == 1 ? p : q;
      for (int j : x[i].indices()) {
        if (j < dimension) {
          side[j] += 1;
        }
      }
    }
    double sp = Arrays.stream(p).sum();
    double sq = Arrays.stream(q).sum();
    double[] r = new double[dimension];
    for (int j = 0; j < dimension; j++) {
      r[j] = Math.log((p[j] / sp) / (q[j] / sq));
    }
    return r;
  }

  private TrainerConfig config(boolean balanced) {
    return new TrainerConfig(features, "L2R_LR", cGrid, folds, balanced, seed, 3, List.of());
  }

  private static FeatureVector[] vectorize(ReliabilityFeaturizer featurizer, List<String> texts) {
    FeatureVector[] x = new FeatureVector[texts.size()];
    IntStream.range(0, x.length).parallel().forEach(i -> x[i] = featurizer.vectorize(texts.get(i)));
    return x;
  }

  private LiblinearLogistic.Fit[] fits(
      FeatureVector[] x,
      int[] label,
      int[] rows,
      int classes,
      int lexicalDimension,
      int dimension,
      double c,
      boolean balanced) {
    LiblinearLogistic.Fit[] fits = new LiblinearLogistic.Fit[classes];
    for (int k = 0; k < classes; k++) {
      int[] y = new int[label.length];
      for (int i = 0; i < y.length; i++) {
        y[i] = label[i] == k ? 1 : 0;
      }
      fits[k] = binaryFit(x, y, rows, lexicalDimension, dimension, c, balanced);
    }
    return fits;
  }
}
