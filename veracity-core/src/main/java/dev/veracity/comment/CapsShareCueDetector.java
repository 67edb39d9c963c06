package dev.veracity.comment;

import dev.veracity.claim.Cue;
import dev.veracity.claim.CueDetector;
import dev.veracity.text.Span;
import java.util.List;
import java.util.Optional;

/**
 * Finds shouting: a comment with at least {@code minLetters} letters of which at least {@code
 * minShare} are capitals. The span runs from the first to the last capital letter. Immutable and
 * thread-safe.
 */
public final class CapsShareCueDetector implements CueDetector {

  private final double minShare;
  private final int minLetters;

  /** A detector flagging comments whose capital-letter share reaches {@code minShare}. */
  public CapsShareCueDetector(double minShare, int minLetters) {
    if (!(minShare > 0.0 && minShare <= 1.0)) {
      throw new IllegalArgumentException("minShare must be in (0, 1], got " + minShare);
    }
    if (minLetters < 1) {
      throw new IllegalArgumentException("minLetters must be >= 1, got " + minLetters);
    }
    this.minShare = minShare;
    this.minLetters = minLetters;
  }

  @Override
  public String id() {
    return "caps";
  }

  @Override
  public List<Cue> detect(String comment) {
    int letters = 0;
    int upper = 0;
    int first = -1;
    int last = -1;
    for (int i = 0; i < comment.length(); ) {
      int cp = comment.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (Character.isLetter(cp)) {
        letters++;
        if (Character.isUpperCase(cp)) {
          upper++;
          if (first < 0) {
            first = i;
          }
          last = next;
        }
      }
      i = next;
    }
    if (letters < minLetters || upper < minShare * letters) {
      return List.of();
    }
    int percent = (int) Math.round(100.0 * upper / letters);
    return List.of(
        new Cue(
            id(),
            "is written mostly in capitals: " + percent + "% of letters",
            Optional.of(new Span(first, last))));
  }

  @Override
  public String toString() {
    return "CapsShareCueDetector[>= " + minShare + " of >= " + minLetters + " letters]";
  }
}
