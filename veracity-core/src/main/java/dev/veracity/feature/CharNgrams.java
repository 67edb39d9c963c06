package dev.veracity.feature;

import java.util.ArrayList;
import java.util.List;

/**
 * Replaces a list of words by the character n-grams of each word padded with spaces (" the " gives
 * "c: th", "c:the", "c:he "), for n in [min, max].
 */
public final class CharNgrams implements TermStep {

  private final int min;
  private final int max;

  /** Character n-grams of {@code min} to {@code max} characters. */
  public CharNgrams(int min, int max) {
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
    List<String> out = new ArrayList<>();
    for (String term : terms) {
      String padded = " " + term + " ";
      for (int n = min; n <= max; n++) {
        for (int i = 0; i + n <= padded.length(); i++) {
          out.add("c:" + padded.substring(i, i + n));
        }
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "CharNgrams(" + min + ".." + max + ")";
  }
}
