package dev.veracity.feature;

import java.util.List;

/**
 * One step of a term chain: takes the terms so far and returns the next list.
 *
 * <p>Implementations are immutable and thread-safe, and have a readable {@code toString()}.
 */
public interface TermStep {

  /** The terms after this step; never null. */
  List<String> apply(List<String> terms);
}
