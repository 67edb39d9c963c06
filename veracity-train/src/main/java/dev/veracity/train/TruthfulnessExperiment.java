package dev.veracity.train;

import dev.veracity.classify.ReliabilityFeaturizer;
import dev.veracity.feature.FeatureConfig;
import dev.veracity.feature.FeatureVector;
import java.util.ArrayList;
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
 * logistic regressions over the reliability features: either one-vs-rest (the class with the
 * highest raw score wins) or, for ordered classes, ordinal (one fit per cut "above class k", the
 * class with the highest implied probability wins). Method, C and class weighting are chosen by the
 * accuracy of grouped out-of-fold predictions on the training data, then refitted on all of it.
 *
 * <p>Holds only hyperparameters; each call is independent. Not for concurrent use (liblinear).
 */
public final class TruthfulnessExperiment {

  private final FeatureConfig features;
  private final List<Double> cGrid;
  private final int folds;
  private final long seed;
  private final List<String> order;

  /**
   * An experiment with these hyperparameters.
   *
   * @param folds grouped cross-validation folds for the choice of C, >= 2
   * @param order the classes from least to most true, for the ordinal method; empty, or naming
   *     other classes than the training data's, for one-vs-rest only
   */
  public TruthfulnessExperiment(
      FeatureConfig features, List<Double> cGrid, int folds, long seed, List<String> order) {
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
   * @param method {@code one-vs-rest} or {@code ordinal}, the selected method
   * @param chosenC the selected C
   * @param balanced whether the selected fits weight classes by inverse frequency
   * @param selection the out-of-fold accuracy of every setting, in the order tried
   */
  public record Result(
      List<String> classes,
      List<String> predicted,
      String method,
      double chosenC,
      boolean balanced,
      Map<String, Double> selection) {

    /** Copies. */
    public Result {
      classes = List.copyOf(classes);
      predicted = List.copyOf(predicted);
      Objects.requireNonNull(method, "method");
      selection = Collections.unmodifiableMap(new LinkedHashMap<>(selection));
    }
  }

  /** Chooses the setting on {@code train}, refits on all of it and predicts {@code test}. */
  public Result run(List<Item> train, List<String> test) {
    ReliabilityFeaturizer featurizer = new ReliabilityFeaturizer(features);
    FeatureVector[] x = vectorize(featurizer, train.stream().map(Item::text).toList());
    FeatureVector[] xTest = vectorize(featurizer, test);
    Set<String> distinct = new TreeSet<>(train.stream().map(Item::label).toList());
    if (distinct.size() < 2) {
      throw new IllegalArgumentException("train must hold at least two classes, got " + distinct);
    }
    boolean ordered = new HashSet<>(order).equals(distinct);
    List<String> classes = ordered ? order : new ArrayList<>(distinct);
    int[] label = train.stream().mapToInt(i -> classes.indexOf(i.label())).toArray();
    int[] fold = GroupedFolds.assign(train.stream().map(Item::group).toList(), folds, seed);
    Map<String, Double> selection = new LinkedHashMap<>();
    double bestC = cGrid.get(0);
    boolean bestBalanced = false;
    boolean bestOrdinal = false;
    double best = Double.NEGATIVE_INFINITY;
    for (boolean ordinal : ordered ? new boolean[] {false, true} : new boolean[] {false}) {
      for (boolean balanced : new boolean[] {false, true}) {
        for (double c : cGrid) {
          int[] predicted = new int[train.size()];
          for (int f = 0; f < folds; f++) {
            final int held = f;
            int[] fit = IntStream.range(0, x.length).filter(i -> fold[i] != held).toArray();
            int[] out = IntStream.range(0, x.length).filter(i -> fold[i] == held).toArray();
            int[] p =
                predict(x, label, fit, classes.size(), featurizer, c, balanced, ordinal, x, out);
            for (int k = 0; k < out.length; k++) {
              predicted[out[k]] = p[k];
            }
          }
          int hits = 0;
          for (int i = 0; i < label.length; i++) {
            hits += predicted[i] == label[i] ? 1 : 0;
          }
          double accuracy = (double) hits / label.length;
          selection.put(
              method(ordinal) + ",C=" + c + ",balanced=" + balanced,
              RegularisationSearch.round(accuracy, 4));
          if (accuracy > best) {
            best = accuracy;
            bestC = c;
            bestBalanced = balanced;
            bestOrdinal = ordinal;
          }
        }
      }
    }
    int[] all = IntStream.range(0, x.length).toArray();
    int[] p =
        predict(
            x,
            label,
            all,
            classes.size(),
            featurizer,
            bestC,
            bestBalanced,
            bestOrdinal,
            xTest,
            IntStream.range(0, xTest.length).toArray());
    List<String> predicted = IntStream.of(p).mapToObj(classes::get).toList();
    return new Result(classes, predicted, method(bestOrdinal), bestC, bestBalanced, selection);
  }

  private static String method(boolean ordinal) {
    return ordinal ? "ordinal" : "one-vs-rest";
  }

  private int[] predict(
      FeatureVector[] x,
      int[] label,
      int[] rows,
      int classes,
      ReliabilityFeaturizer featurizer,
      double c,
      boolean balanced,
      boolean ordinal,
      FeatureVector[] target,
      int[] targetRows) {
    if (!ordinal) {
      return argmax(fits(x, label, rows, classes, featurizer, c, balanced), target, targetRows);
    }
    // Cut k separates classes 0..k from k+1..: P(above k) by a binary fit, made non-increasing
    // in k, and each class's probability is the difference of neighbouring cuts.
    LiblinearLogistic.Fit[] cuts = new LiblinearLogistic.Fit[classes - 1];
    for (int k = 0; k < classes - 1; k++) {
      int[] y = new int[label.length];
      for (int i = 0; i < y.length; i++) {
        y[i] = label[i] > k ? 1 : 0;
      }
      cuts[k] = RegularisationSearch.fit(config(balanced), x, y, rows, featurizer.dimension(), c);
    }
    int[] out = new int[targetRows.length];
    for (int r = 0; r < targetRows.length; r++) {
      double[] above = new double[classes - 1];
      for (int k = 0; k < above.length; k++) {
        double s = cuts[k].bias() + target[targetRows[r]].dot(cuts[k].weights());
        above[k] = 1.0 / (1.0 + Math.exp(-s));
        if (k > 0) {
          above[k] = Math.min(above[k], above[k - 1]);
        }
      }
      double best = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < classes; k++) {
        double p = (k == 0 ? 1.0 : above[k - 1]) - (k == classes - 1 ? 0.0 : above[k]);
        if (p > best) {
          best = p;
          out[r] = k;
        }
      }
    }
    return out;
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
      ReliabilityFeaturizer featurizer,
      double c,
      boolean balanced) {
    LiblinearLogistic.Fit[] fits = new LiblinearLogistic.Fit[classes];
    for (int k = 0; k < classes; k++) {
      int[] y = new int[label.length];
      for (int i = 0; i < y.length; i++) {
        y[i] = label[i] == k ? 1 : 0;
      }
      fits[k] = RegularisationSearch.fit(config(balanced), x, y, rows, featurizer.dimension(), c);
    }
    return fits;
  }

  private static int[] argmax(LiblinearLogistic.Fit[] fits, FeatureVector[] x, int[] rows) {
    int[] out = new int[rows.length];
    for (int k = 0; k < rows.length; k++) {
      double best = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < fits.length; c++) {
        double s = fits[c].bias() + x[rows[k]].dot(fits[c].weights());
        if (s > best) {
          best = s;
          out[k] = c;
        }
      }
    }
    return out;
  }
}
