package dev.veracity.claim;

import java.util.List;

/**
 * Finds one kind of check-worthiness cue in a sentence.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface CueDetector {

  /** The cue identifier this detector emits, e.g. {@code date}. */
  String id();

  /** The cues found in {@code sentence}, in text order; spans are offsets into it. */
  List<Cue> detect(String sentence);
}
