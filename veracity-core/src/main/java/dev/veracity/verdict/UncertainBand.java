package dev.veracity.verdict;

/**
 * The probabilities between which the verdict is "uncertain".
 *
 * @param reliableAtOrBelow fused probabilities of unreliable at or below this are "reliable"
 * @param unreliableAtOrAbove fused probabilities at or above this are "unreliable"
 * @param targetPrecision the precision each confident side reached on the text model's validation
 *     predictions when the band was chosen
 */
public record UncertainBand(
    double reliableAtOrBelow, double unreliableAtOrAbove, double targetPrecision) {

  /** Validates. */
  public UncertainBand {
    if (!(reliableAtOrBelow >= 0.0
        && reliableAtOrBelow < unreliableAtOrAbove
        && unreliableAtOrAbove <= 1.0)) {
      throw new IllegalArgumentException(
          "band must satisfy 0 <= reliableAtOrBelow < unreliableAtOrAbove <= 1, got "
              + reliableAtOrBelow
              + ", "
              + unreliableAtOrAbove);
    }
    if (!(targetPrecision > 0.0 && targetPrecision <= 1.0)) {
      throw new IllegalArgumentException(
          "targetPrecision must be in (0, 1], got " + targetPrecision);
    }
  }

  /**
   * The band for a probability that other evidence has moved: each edge no wider than the target
   * precision ({@code [1 - target, target]}), as a calibrated probability at or beyond it is right
   * at least that often; this band itself when that would not leave a band.
   */
  public UncertainBand cappedAtTarget() {
    double lower = Math.max(reliableAtOrBelow, 1.0 - targetPrecision);
    double upper = Math.min(unreliableAtOrAbove, targetPrecision);
    return lower < upper ? new UncertainBand(lower, upper, targetPrecision) : this;
  }

  /** The label of a fused probability: reliable, unreliable or uncertain. */
  public VerdictLabel label(double probabilityUnreliable) {
    if (probabilityUnreliable >= unreliableAtOrAbove) {
      return VerdictLabel.UNRELIABLE;
    }
    if (probabilityUnreliable <= reliableAtOrBelow) {
      return VerdictLabel.RELIABLE;
    }
    return VerdictLabel.UNCERTAIN;
  }
}
