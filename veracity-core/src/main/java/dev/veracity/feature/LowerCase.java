package dev.veracity.feature;

import java.util.List;
import java.util.Locale;

/** Lower-cases every term (root locale). */
public final class LowerCase implements TermStep {

  @Override
  public List<String> apply(List<String> terms) {
    return terms.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
  }

  @Override
  public String toString() {
    return "LowerCase";
  }
}
