package dev.veracity.feature;

import java.util.ArrayList;
import java.util.List;

/**
 * Replaces a list of words by its word n-grams for n in [min, max], each prefixed {@code w:} and
 * joined by a space ("w:more than").
 */
public final class WordNgrams implements TermStep {

  private final int min;
  private final int max;

  /** N-grams of {@code min} to {@code max} words. */
  public WordNgrams(int min, int max) {
    if (min < 1) {
      throw new IllegalArgumentException("min must be >= 1, got " + min);
    }
    if (max < min) {
      throw new IllegalArgumentException("max must be >= min (" + min + "), got " + max);
    }
    this.min = min;
    this.max = max;
  }

  @Override
  public List<String> apply(List<String> terms) {
    List<String> out = new ArrayList<>(terms.size() * (max - min + 1));
    for (int n = min; n <= max; n++) {
      for (int i = 0; i + n <= terms.size(); i++) {
        out.add("w:" + String.join(" ", terms.subList(i, i + n)));
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "WordNgrams(" + min + ".." + max + ")";
  }
}
