package dev.veracity.claim;

import java.util.List;
import java.util.Objects;

/**
 * Runs another detector only on sentences holding an ASCII digit; for detectors that cannot fire
 * without one, such as a pattern whose every match contains {@code \d} (ASCII {@code [0-9]} in Java
 * unless {@code UNICODE_CHARACTER_CLASS} is set), the cues are the same, found faster.
 *
 * <p>Immutable and thread-safe when the wrapped detector is.
 */
public final class DigitGatedCueDetector implements CueDetector {

  private final CueDetector detector;

  /** Gates {@code detector}, whose every cue must contain an ASCII digit. */
  public DigitGatedCueDetector(CueDetector detector) {
    this.detector = Objects.requireNonNull(detector, "detector");
  }

  @Override
  public String id() {
    return detector.id();
  }

  @Override
  public List<Cue> detect(String sentence) {
    for (int i = 0; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if (c >= '0' && c <= '9') {
        return detector.detect(sentence);
      }
    }
    return List.of();
  }

  @Override
  public String toString() {
    return "DigitGated(" + detector + ")";
  }
}
