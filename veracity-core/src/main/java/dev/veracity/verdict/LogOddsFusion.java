package dev.veracity.verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Fuses signals by adding their log-odds, as naive Bayes does with independent evidence: {@code p =
 * 1 / (1 + exp(-sum))}, where the text model's term is the logit of its calibrated probability and
 * every other signal adds a log likelihood ratio.
 *
 * <p>The label is, in order: the label of the first signal that settles one (satire); {@link
 * VerdictLabel#OUT_OF_DOMAIN} when the text is out of domain; else the band's reading of the fused
 * probability. The band is the text model's when no other signal adds log-odds, else the text
 * model's capped at its target precision ({@link UncertainBand#cappedAtTarget()}): the text band
 * may be unreachable on one side (no text score reached the target precision there), but a
 * probability that other evidence carried beyond the target is still a confident verdict. A
 * signal's share is its {@code |logOdds|} over the sum of all {@code |logOdds|} (all 0 when every
 * signal abstains); a settling signal takes the whole share. Stateless and thread-safe.
 */
public final class LogOddsFusion implements SignalFusion {

  @Override
  public Fused fuse(List<Signal> signals, UncertainBand band, boolean textInDomain) {
    Objects.requireNonNull(signals, "signals");
    Objects.requireNonNull(band, "band");
    double sum = 0.0;
    double magnitude = 0.0;
    Optional<Signal> settling = Optional.empty();
    boolean otherEvidence = false;
    for (Signal s : signals) {
      otherEvidence |= !s.id().equals(Signal.TEXT_MODEL) && s.logOdds() != 0.0;
      sum += s.logOdds();
      magnitude += Math.abs(s.logOdds());
      if (settling.isEmpty() && s.settles().isPresent()) {
        settling = Optional.of(s);
      }
    }
    double p = sigmoid(sum);
    List<Signal> shared = new ArrayList<>(signals.size());
    for (Signal s : signals) {
      double share;
      if (settling.isPresent()) {
        share = s == settling.get() ? 1.0 : 0.0;
      } else {
        share = magnitude == 0.0 ? 0.0 : round(Math.abs(s.logOdds()) / magnitude);
      }
      shared.add(s.withShare(share));
    }
    UncertainBand used = otherEvidence ? band.cappedAtTarget() : band;
    VerdictLabel label;
    if (settling.isPresent()) {
      label = settling.get().settles().orElseThrow();
    } else if (!textInDomain) {
      label = VerdictLabel.OUT_OF_DOMAIN;
    } else {
      label = used.label(p);
    }
    return new Fused(label, round(p), used, shared);
  }

  /** The logit of {@code p}, with p clamped to [1e-4, 1 - 1e-4] so that it stays finite. */
  public static double logit(double p) {
    double q = Math.min(1 - 1e-4, Math.max(1e-4, p));
    return Math.log(q / (1 - q));
  }

  private static double sigmoid(double z) {
    return z >= 0 ? 1.0 / (1.0 + Math.exp(-z)) : Math.exp(z) / (1.0 + Math.exp(z));
  }

  private static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }

  @Override
  public String toString() {
    return "LogOddsFusion[sum of log-odds; settling signals first; out of domain before the band]";
  }
}
