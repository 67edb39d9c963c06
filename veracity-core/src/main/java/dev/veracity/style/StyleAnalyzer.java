package dev.veracity.style;

import dev.veracity.article.Segmentation;
import java.util.List;

/**
 * Measures model-free style cues over the body of a segmented article.
 *
 * <p>Only title and body segments are read; comments, quotes and boilerplate never influence a cue.
 * Implementations are deterministic and thread-safe; evidence offsets point into {@code
 * segmentation.text()}.
 */
public interface StyleAnalyzer {

  /** The cues, in a stable order. */
  List<StyleCue> analyze(Segmentation segmentation);
}
