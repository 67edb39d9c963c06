package dev.veracity.article;

import java.util.List;
import java.util.Optional;

/**
 * Recognises one kind of line from the line itself and, at most, its next neighbour.
 *
 * <p>Rules are stateless and thread-safe; a segmenter asks them in order and keeps the first
 * verdict.
 */
interface LineRule {

  /** The verdict on {@code lines.get(index)}, or empty when the rule does not apply. */
  Optional<LineVerdict> classify(List<Line> lines, int index);
}
