package dev.veracity.verdict;

import dev.veracity.classify.ModelKind;
import java.util.Objects;
import java.util.Optional;

/**
 * Which text model judged the article, and why that one.
 *
 * @param kind {@code articles}, {@code statements} or {@code posts}
 * @param reason why this kind was picked, e.g. "683 word tokens in title and body (more than 80): a
 *     full article"
 * @param model the model's description (file format, kind, creation time)
 * @param tokens word tokens in the scored text (title, body and quotes)
 * @param domainGate the model's domain gate's in-domain probability and threshold; empty when the
 *     model has no gate
 */
public record ModelChoice(
    ModelKind kind, String reason, String model, int tokens, Optional<DomainGateCheck> domainGate) {

  /** Validates. */
  public ModelChoice {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(model, "model");
    if (tokens < 0) {
      throw new IllegalArgumentException("tokens must be >= 0, got " + tokens);
    }
    domainGate = domainGate == null ? Optional.empty() : domainGate;
  }
}
