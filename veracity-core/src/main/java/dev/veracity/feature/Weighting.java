package dev.veracity.feature;

/** How a term's count in one text becomes its value before L2 normalisation. */
public enum Weighting {
  /** 1 when the term occurs. */
  BINARY,
  /** 1 + ln(count): sublinear term frequency. */
  LOG_COUNT;

  /** The weight of a term seen {@code count} times ({@code count >= 1}). */
  public double weigh(int count) {
    return this == BINARY ? 1.0 : 1.0 + Math.log(count);
  }
}
