package dev.veracity.verdict;

import dev.veracity.signal.SourceSignal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a site rating into a verdict signal: each rating category adds a fixed log likelihood ratio
 * toward unreliable, halved when the lists disagree; a satire rating settles the label as satire;
 * an unrated site adds nothing.
 *
 * <p>A rating describes the outlet, not the article: outlets rated unreliable also publish accurate
 * pieces (often reprints), so no weight alone reaches a confident verdict from even odds. The
 * defaults and their reasons are in docs/REPORT.md, "How the verdict is made".
 *
 * @param logOdds the log-odds each category adds, by category id ({@code reliable}, {@code mixed},
 *     {@code unreliable}, {@code conspiracy_pseudoscience}, {@code state_media}); a category not in
 *     the map adds 0
 * @param disagreementFactor multiplies the weight when the lists disagree, in [0, 1]
 */
public record SourceRatingWeights(Map<String, Double> logOdds, double disagreementFactor) {

  /** The signal id of source ratings. */
  public static final String ID = "source_rating";

  /** The category that settles the label as {@link VerdictLabel#SATIRE}. */
  public static final String SATIRE = "satire";

  /** Validates and copies. */
  public SourceRatingWeights {
    Objects.requireNonNull(logOdds, "logOdds");
    logOdds.forEach(
        (k, v) -> {
          if (v == null || !Double.isFinite(v)) {
            throw new IllegalArgumentException("logOdds of " + k + " must be finite, got " + v);
          }
        });
    logOdds = Collections.unmodifiableMap(new LinkedHashMap<>(logOdds));
    if (!(disagreementFactor >= 0.0 && disagreementFactor <= 1.0)) {
      throw new IllegalArgumentException(
          "disagreementFactor must be in [0, 1], got " + disagreementFactor);
    }
  }

  /**
   * The documented defaults: conspiracy/pseudoscience and unreliable +2.0 (likelihood ratio 7.4),
   * state media +0.5, mixed +0.2, reliable -0.6 (ratio 0.55); halved when the lists disagree. The
   * mixed and reliable weights are the log likelihood ratios measured on FakeNewsNet's GossipCop
   * headlines (docs/EVALUATION.md, "Source ratings in the verdict"); the unreliable weights stay
   * below the measured ones on purpose.
   */
  public static SourceRatingWeights defaults() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("conspiracy_pseudoscience", 2.0);
    m.put("unreliable", 2.0);
    m.put("mixed", 0.2);
    m.put("state_media", 0.5);
    m.put("reliable", -0.6);
    return new SourceRatingWeights(m, 0.5);
  }

  /** The signal for {@code site}. */
  public Signal signal(SourceSignal site) {
    Objects.requireNonNull(site, "site");
    if (site.category().isEmpty()) {
      return Signal.of(
          ID,
          site.domain() + " is not rated by any loaded list",
          0.0,
          "an unrated site adds nothing: not rated is not reliable");
    }
    String category = site.category().get();
    String lists = String.join(", ", site.ratings().stream().map(r -> r.list()).toList());
    String finding =
        site.domain()
            + " is rated "
            + category
            + " ("
            + lists
            + (site.listsDisagree() ? "; the lists disagree" : "")
            + ")";
    if (category.equals(SATIRE)) {
      return Signal.settling(
          ID, finding, VerdictLabel.SATIRE, "a satire site's articles are labelled satire");
    }
    double w = logOdds.getOrDefault(category, 0.0);
    String rule = String.format(Locale.ROOT, "%s adds %+.2f log-odds", category, w);
    if (site.listsDisagree()) {
      w *= disagreementFactor;
      rule += String.format(Locale.ROOT, ", times %.2f as the lists disagree", disagreementFactor);
    }
    return Signal.of(ID, finding, w, rule);
  }
}
