package dev.veracity.train;

import dev.veracity.train.data.LabeledSentence;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the rows of a check-worthiness fit are weighted.
 *
 * <ul>
 *   <li>{@link #POOLED}: the trainer's configuration decides ({@code balanced}: the two classes
 *       weighted inversely to their frequency over all rows pooled), fitted by the configured
 *       solver.
 *   <li>{@link #perSource}: the classes balanced <em>within each source</em> (a source's positives
 *       and its negatives each weigh half of its row count), then every row of a source multiplied
 *       by that source's scale (1 when not listed). Pooled balancing lets the corpus with the most
 *       positives set the boundary; per source, a corpus with 2.7 % positives counts as much as one
 *       with 25 %, and the scale says how much each corpus counts. Fitted by {@link
 *       DualLogisticRegression} (liblinear's {@code L2R_LR} takes class weights only).
 * </ul>
 *
 * <p>The weights of a fit are computed on that fit's own rows (an inner fold's training part when C
 * is chosen), never on rows it is scored on.
 *
 * @param perSource whether classes are balanced per source
 * @param sourceScale per-source multipliers, positive; empty for {@link #POOLED}
 */
public record ClassWeighting(boolean perSource, Map<String, Double> sourceScale) {

  /** The trainer configuration's own class weights. */
  public static final ClassWeighting POOLED = new ClassWeighting(false, Map.of());

  /** Validates and copies. */
  public ClassWeighting {
    if (!perSource && !sourceScale.isEmpty()) {
      throw new IllegalArgumentException("source scales need per-source weighting");
    }
    for (var e : sourceScale.entrySet()) {
      if (!(e.getValue() > 0) || Double.isInfinite(e.getValue())) {
        throw new IllegalArgumentException(
            "the scale of " + e.getKey() + " must be positive, got " + e.getValue());
      }
    }
    sourceScale = Map.copyOf(sourceScale);
  }

  /** Classes balanced within each source, each source's rows times its scale. */
  public static ClassWeighting perSource(Map<String, Double> scale) {
    return new ClassWeighting(true, scale);
  }

  /**
   * Parses {@code pooled}, {@code per-source} or {@code per-source:SOURCE=SCALE,...} (e.g. {@code
   * per-source:checkthat2019=0.25}).
   */
  public static ClassWeighting parse(String spec) {
    String s = spec.trim();
    if (s.equals("pooled")) {
      return POOLED;
    }
    if (s.equals("per-source")) {
      return perSource(Map.of());
    }
    if (!s.startsWith("per-source:")) {
      throw new IllegalArgumentException(
          "class weighting must be pooled, per-source or per-source:SOURCE=SCALE,..., got " + spec);
    }
    Map<String, Double> scale = new LinkedHashMap<>();
    for (String part : s.substring("per-source:".length()).split(",")) {
      String[] kv = part.split("=", 2);
      if (kv.length != 2 || kv[0].isBlank()) {
        throw new IllegalArgumentException("expected SOURCE=SCALE, got '" + part + "' in " + spec);
      }
      try {
        scale.put(kv[0].trim(), Double.parseDouble(kv[1].trim()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a number: '" + kv[1] + "' in " + spec, e);
      }
    }
    return perSource(scale);
  }

  /** Parses a list of weightings joined by {@code ;} (e.g. {@code pooled;per-source}). */
  public static List<ClassWeighting> parseList(String specs) {
    return Arrays.stream(specs.split(";")).map(ClassWeighting::parse).toList();
  }

  /** The text {@link #parse} reads back, e.g. {@code per-source:checkthat2019=0.25}. */
  public String label() {
    if (!perSource) {
      return "pooled";
    }
    if (sourceScale.isEmpty()) {
      return "per-source";
    }
    StringBuilder b = new StringBuilder("per-source:");
    new TreeMap<>(sourceScale).forEach((k, v) -> b.append(k).append('=').append(v).append(','));
    return b.substring(0, b.length() - 1);
  }

  /**
   * The weight of each entry of {@code rows} of {@code data} under per-source weighting: within a
   * source of n rows with p positives, n / (2p) for a positive and n / (2(n - p)) for a negative,
   * times the source's scale. A source holding one class only gets weight 1 (times its scale) for
   * its rows.
   *
   * @throws IllegalStateException for {@link #POOLED}, whose weights are the solver's
   */
  public double[] weights(List<LabeledSentence> data, int[] rows) {
    if (!perSource) {
      throw new IllegalStateException("pooled weighting has no row weights");
    }
    Map<String, int[]> counts = new TreeMap<>();
    for (int r : rows) {
      LabeledSentence s = data.get(r);
      int[] c = counts.computeIfAbsent(s.source(), k -> new int[2]);
      c[s.label()]++;
    }
    double[] w = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      LabeledSentence s = data.get(rows[i]);
      int[] c = counts.get(s.source());
      int n = c[0] + c[1];
      double balance = c[0] == 0 || c[1] == 0 ? 1.0 : n / (2.0 * c[s.label()]);
      w[i] = balance * sourceScale.getOrDefault(s.source(), 1.0);
    }
    return w;
  }
}
