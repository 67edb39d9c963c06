package dev.veracity.verdict;

import java.util.Objects;
import java.util.Optional;

/**
 * One piece of evidence about an article's reliability, as the verdict weighs it.
 *
 * <p>Signals are combined by adding their log-odds ({@link LogOddsFusion}); a signal that abstains
 * (an unrated site, an out-of-domain text) adds 0. A signal may instead settle the label by rule,
 * as a satire rating does.
 *
 * @param id what kind of signal: {@code text_model}, {@code source_rating}, {@code fact_check}…
 * @param finding what the signal found, for a person
 * @param logOdds the log-odds it adds toward unreliable (negative: toward reliable); finite
 * @param rule the documented rule or weight that turned the finding into {@code logOdds}
 * @param settles the label this signal decides on its own, when it does
 * @param share its share of the verdict in [0, 1]: {@code |logOdds|} over the sum of all signals'
 *     {@code |logOdds|}, or 1 for a settling signal; 0 until fused
 */
public record Signal(
    String id,
    String finding,
    double logOdds,
    String rule,
    Optional<VerdictLabel> settles,
    double share) {

  /** The id of the text model's signal. */
  public static final String TEXT_MODEL = "text_model";

  /** Validates. */
  public Signal {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(settles, "settles");
    if (!Double.isFinite(logOdds)) {
      throw new IllegalArgumentException("logOdds must be finite, got " + logOdds);
    }
    if (!(share >= 0.0 && share <= 1.0)) {
      throw new IllegalArgumentException("share must be in [0, 1], got " + share);
    }
  }

  /** A signal that adds {@code logOdds}, not yet fused. */
  public static Signal of(String id, String finding, double logOdds, String rule) {
    return new Signal(id, finding, logOdds, rule, Optional.empty(), 0.0);
  }

  /** A signal that decides the label by rule, not yet fused. */
  public static Signal settling(String id, String finding, VerdictLabel label, String rule) {
    return new Signal(id, finding, 0.0, rule, Optional.of(label), 0.0);
  }

  /** This signal with its share of the verdict. */
  public Signal withShare(double value) {
    return new Signal(id, finding, logOdds, rule, settles, value);
  }
}
