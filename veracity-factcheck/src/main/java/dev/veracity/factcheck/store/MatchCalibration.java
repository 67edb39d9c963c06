package dev.veracity.factcheck.store;

/**
 * Turns a candidate's scores into the probability that it reviews the same claim: logistic
 * regression (Platt 1999) on the embedding cosine and on whether BM25 also ranked it.
 *
 * @param intercept the bias
 * @param cosineWeight the weight of the cosine similarity
 * @param lexicalWeight the weight of the indicator that BM25 ranked the candidate in its top 10
 * @param threshold the probability from which a candidate is reported as a match, in (0, 1)
 */
public record MatchCalibration(
    double intercept, double cosineWeight, double lexicalWeight, double threshold) {

  /**
   * Fitted on the CheckThat 2020 task 2 training tweets (top 20 fused candidates each, relevant vs
   * not); see docs/EVALUATION.md.
   */
  public static final MatchCalibration DEFAULT = new MatchCalibration(-12.14, 15.93, 2.17, 0.5);

  /** Validates. */
  public MatchCalibration {
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1), got " + threshold);
    }
  }

  /** The probability of a match, in [0, 1]. */
  public double probability(double cosine, boolean lexicalTop10) {
    double z = intercept + cosineWeight * cosine + (lexicalTop10 ? lexicalWeight : 0);
    return 1 / (1 + Math.exp(-z));
  }
}
