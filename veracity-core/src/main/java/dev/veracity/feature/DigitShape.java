package dev.veracity.feature;

import java.util.List;

/**
 * Replaces every decimal digit by {@code 0}, so that "1975" and "2014" share the term "0000".
 *
 * <p>Numbers are strong check-worthiness evidence whatever their value; keeping the values would
 * spread that evidence over thousands of rare terms.
 */
public final class DigitShape implements TermStep {

  @Override
  public List<String> apply(List<String> terms) {
    return terms.stream().map(DigitShape::shape).toList();
  }

  private static String shape(String term) {
    StringBuilder b = null;
    for (int i = 0; i < term.length(); i++) {
      char c = term.charAt(i);
      if (c >= '1' && c <= '9') {
        if (b == null) {
          b = new StringBuilder(term);
        }
        b.setCharAt(i, '0');
      }
    }
    return b == null ? term : b.toString();
  }

  @Override
  public String toString() {
    return "DigitShape";
  }
}
