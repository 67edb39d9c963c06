package dev.veracity.verdict;

/**
 * What the text model's domain gate said about the scored text.
 *
 * @param inDomainProbability the gate's probability that the text is like the model's training
 *     text, in [0, 1]
 * @param threshold below this the text is out of domain ({@code unlike_training_text})
 */
public record DomainGateCheck(double inDomainProbability, double threshold) {

  /** Validates. */
  public DomainGateCheck {
    if (!(inDomainProbability >= 0.0 && inDomainProbability <= 1.0)) {
      throw new IllegalArgumentException(
          "inDomainProbability must be in [0, 1], got " + inDomainProbability);
    }
    if (!(threshold >= 0.0 && threshold <= 1.0)) {
      throw new IllegalArgumentException("threshold must be in [0, 1], got " + threshold);
    }
  }

  /** Whether the gate flags the text. */
  public boolean flagged() {
    return inDomainProbability < threshold;
  }
}
