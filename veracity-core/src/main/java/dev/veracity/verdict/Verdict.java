package dev.veracity.verdict;

import dev.veracity.classify.OutOfDomain;
import java.util.List;
import java.util.Objects;

/**
 * How far to trust an article, and why.
 *
 * @param label reliable, unreliable, uncertain, satire or out of domain
 * @param probabilityUnreliable the fused probability that the article is unreliable, in [0, 1]: the
 *     logistic function of the signals' summed log-odds
 * @param band the uncertain band the fused probability is read against (the text model's)
 * @param model which text model judged the text, and why that one
 * @param signals every signal with its log-odds and share of the verdict, text model first
 * @param outOfDomain why the text is unlike the text model's training data; empty when it is not
 * @param explanation why the text model scored the text as it did
 * @param summary one sentence for a person
 */
public record Verdict(
    VerdictLabel label,
    double probabilityUnreliable,
    UncertainBand band,
    ModelChoice model,
    List<Signal> signals,
    List<OutOfDomain> outOfDomain,
    TextExplanation explanation,
    String summary) {

  /** Validates and copies. */
  public Verdict {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(band, "band");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(summary, "summary");
    if (!(probabilityUnreliable >= 0.0 && probabilityUnreliable <= 1.0)) {
      throw new IllegalArgumentException(
          "probabilityUnreliable must be in [0, 1], got " + probabilityUnreliable);
    }
    signals = List.copyOf(signals);
    outOfDomain = List.copyOf(outOfDomain);
  }
}
