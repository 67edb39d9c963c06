package dev.veracity.verdict;

import dev.veracity.factcheck.ClaimFactChecks;
import dev.veracity.factcheck.FactCheckMatch;
import dev.veracity.factcheck.FactCheckReport;
import dev.veracity.factcheck.Rating;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns the known fact-checks matched to an article's headline and claims into a verdict signal:
 * each matched statement adds its best match's rating weight times the match probability (the
 * headline's weight doubled), and the sum is capped.
 *
 * <p>The weights are small on purpose: an article that repeats a claim rated false may be debunking
 * it, so a match is weak evidence about the article, and no fact-check alone reaches a confident
 * verdict from even odds. A statement without a match adds nothing: no match is not support. The
 * defaults and their reasons are in docs/REPORT.md, "How the verdict is made".
 *
 * @param logOdds the log-odds a claim's match adds, by rating; ratings not in the map add 0
 * @param headlineFactor multiplies the weight for the headline, >= 0
 * @param cap the largest total absolute log-odds, > 0
 */
public record FactCheckWeights(Map<Rating, Double> logOdds, double headlineFactor, double cap) {

  /** The signal id of matched fact-checks. */
  public static final String ID = "fact_check";

  /** Validates and copies. */
  public FactCheckWeights {
    Objects.requireNonNull(logOdds, "logOdds");
    logOdds.forEach(
        (k, v) -> {
          if (v == null || !Double.isFinite(v)) {
            throw new IllegalArgumentException("logOdds of " + k + " must be finite, got " + v);
          }
        });
    logOdds = logOdds.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(logOdds));
    if (!(headlineFactor >= 0.0 && Double.isFinite(headlineFactor))) {
      throw new IllegalArgumentException("headlineFactor must be >= 0, got " + headlineFactor);
    }
    if (!(cap > 0.0 && Double.isFinite(cap))) {
      throw new IllegalArgumentException("cap must be > 0, got " + cap);
    }
  }

  /**
   * The documented defaults: a claim matched to a review rated false adds +0.5 log-odds, mostly
   * false +0.35, mostly true -0.2, true -0.3 (each times the match probability); mixed, other and
   * unrated add 0; the headline counts twice; the total is capped at 1.5 either way.
   */
  public static FactCheckWeights defaults() {
    Map<Rating, Double> m = new EnumMap<>(Rating.class);
    m.put(Rating.FALSE, 0.5);
    m.put(Rating.MOSTLY_FALSE, 0.35);
    m.put(Rating.MOSTLY_TRUE, -0.2);
    m.put(Rating.TRUE, -0.3);
    return new FactCheckWeights(m, 2.0, 1.5);
  }

  /** The signal for {@code report}, or empty when no fact-check index was searched. */
  public Optional<Signal> signal(FactCheckReport report) {
    Objects.requireNonNull(report, "report");
    if (report.status() != FactCheckReport.Status.LOADED) {
      return Optional.empty();
    }
    double sum = 0.0;
    List<String> found = new ArrayList<>();
    for (ClaimFactChecks statement : report.statements()) {
      if (statement.matches().isEmpty()) {
        continue;
      }
      FactCheckMatch best = statement.matches().get(0);
      Rating rating = best.factCheck().rating();
      double p = best.probability().orElse(0.5);
      double factor = statement.role() == ClaimFactChecks.Role.HEADLINE ? headlineFactor : 1.0;
      sum += logOdds.getOrDefault(rating, 0.0) * p * factor;
      found.add(statement.role().id() + " matches a review rated " + rating.id());
    }
    if (found.isEmpty()) {
      return Optional.of(
          Signal.of(
              ID,
              "no statement matches a known fact-check",
              0.0,
              "no match adds nothing: not checked is not true"));
    }
    double capped = Math.max(-cap, Math.min(cap, sum));
    String rule =
        String.format(
            Locale.ROOT,
            "rating weight x match probability per statement (headline x%.1f), sum %+.2f capped at"
                + " +/-%.1f",
            headlineFactor,
            sum,
            cap);
    return Optional.of(Signal.of(ID, String.join("; ", found), capped, rule));
  }
}
