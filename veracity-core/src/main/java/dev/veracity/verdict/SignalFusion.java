package dev.veracity.verdict;

import java.util.List;

/**
 * Combines signals into one probability and label.
 *
 * <p>Implementations are immutable and thread-safe, and document their rule.
 */
public interface SignalFusion {

  /**
   * The fused outcome of {@code signals}.
   *
   * @param band the text model's uncertain band
   * @param textInDomain whether the text model's input was like its training data; when not, no
   *     confident label is given unless a signal settles it
   */
  Fused fuse(List<Signal> signals, UncertainBand band, boolean textInDomain);

  /**
   * A fusion's outcome.
   *
   * @param label the label
   * @param probabilityUnreliable the fused probability of unreliable, in [0, 1]
   * @param band the band the probability was read against
   * @param signals the input signals, in input order, each with its share of the verdict
   */
  record Fused(
      VerdictLabel label, double probabilityUnreliable, UncertainBand band, List<Signal> signals) {

    /** Copies. */
    public Fused {
      signals = List.copyOf(signals);
    }
  }
}
