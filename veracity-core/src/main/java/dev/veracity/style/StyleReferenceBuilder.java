package dev.veracity.style;

import dev.veracity.article.Article;
import dev.veracity.article.ArticleSegmenter;
import dev.veracity.article.LineRuleSegmenter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Computes reference ranges (10th percentile, median, 90th percentile) of every style cue over a
 * set of reliable articles.
 *
 * <p>Percentiles interpolate linearly between order statistics (Hyndman and Fan 1996, definition 7,
 * the default of R and NumPy). A cue that an article does not produce (the headline cues of an
 * article without a title) is left out for that article. Not thread-safe: feed it from one thread.
 */
public final class StyleReferenceBuilder {

  private final ArticleSegmenter segmenter;
  private final LexicalStyleAnalyzer analyzer = LexicalStyleAnalyzer.withoutReference();
  private final Map<String, List<Double>> values = new LinkedHashMap<>();
  private int articles;

  /** A builder that cuts each article with the same segmenter a check uses. */
  public StyleReferenceBuilder() {
    this(new LineRuleSegmenter());
  }

  /** A builder that cuts each article with {@code segmenter}. */
  public StyleReferenceBuilder(ArticleSegmenter segmenter) {
    this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
    for (String id : LexicalStyleAnalyzer.CUE_IDS) {
      values.put(id, new ArrayList<>());
    }
  }

  /** Measures one reliable article. */
  public StyleReferenceBuilder add(Article article) {
    for (StyleCue cue : analyzer.analyze(segmenter.segment(article))) {
      values.get(cue.id()).add(cue.value());
    }
    articles++;
    return this;
  }

  /** How many articles were added. */
  public int articles() {
    return articles;
  }

  /** The segmenter used, for provenance. */
  public ArticleSegmenter segmenter() {
    return segmenter;
  }

  /** The analyzer used, for provenance (its word lists' digests). */
  public LexicalStyleAnalyzer analyzer() {
    return analyzer;
  }

  /** The range of each cue measured on at least one article, in cue order. */
  public Map<String, ReferenceRange> ranges() {
    Map<String, ReferenceRange> ranges = new LinkedHashMap<>();
    for (Map.Entry<String, List<Double>> e : values.entrySet()) {
      double[] sorted = e.getValue().stream().mapToDouble(Double::doubleValue).toArray();
      if (sorted.length == 0) {
        continue;
      }
      Arrays.sort(sorted);
      ranges.put(
          e.getKey(),
          new ReferenceRange(
              percentile(sorted, 0.10),
              percentile(sorted, 0.50),
              percentile(sorted, 0.90),
              sorted.length));
    }
    return ranges;
  }

  /**
   * The {@code p}-quantile of sorted values, interpolating linearly between order statistics.
   *
   * @param sorted ascending values, at least one
   * @param p in [0, 1]
   */
  public static double percentile(double[] sorted, double p) {
    if (sorted.length == 0) {
      throw new IllegalArgumentException("sorted must not be empty");
    }
    if (!(p >= 0.0 && p <= 1.0)) {
      throw new IllegalArgumentException("p must be in [0, 1], got " + p);
    }
    double h = (sorted.length - 1) * p;
    int lower = (int) Math.floor(h);
    int upper = Math.min(lower + 1, sorted.length - 1);
    return sorted[lower] + (h - lower) * (sorted[upper] - sorted[lower]);
  }

  @Override
  public String toString() {
    return "StyleReferenceBuilder(" + segmenter + ", " + articles + " articles)";
  }
}
