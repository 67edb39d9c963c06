package dev.veracity.style;

import dev.veracity.article.Segmentation;
import java.util.List;

/** PLACEHOLDER until the real style analyzer is merged: measures nothing. Thread-safe. */
public final class NoStyleAnalyzer implements StyleAnalyzer {

  @Override
  public List<StyleCue> analyze(Segmentation segmentation) {
    return List.of();
  }

  @Override
  public String toString() {
    return "NoStyleAnalyzer(placeholder)";
  }
}
