package dev.veracity.factcheck.store;

import dev.veracity.factcheck.FactCheck;
import dev.veracity.factcheck.FactCheckMatch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Folds matches that are the same review imported twice (the same claim text from the same
 * reviewer, e.g. a Snopes claim from both the Snopes scrape and the CheckThat verified claims) into
 * one: the best-ranked position is kept, with the copy that says most (a rating on the scale, then
 * a link).
 */
public final class DuplicateClaims {

  private DuplicateClaims() {}

  /** The matches with duplicates folded, ranks renumbered from 1, best first. */
  public static List<FactCheckMatch> collapse(List<FactCheckMatch> matches) {
    Map<String, FactCheckMatch> byKey = new LinkedHashMap<>();
    for (FactCheckMatch m : matches) {
      byKey.merge(
          key(m.factCheck()),
          m,
          (kept, other) ->
              informative(other.factCheck()) > informative(kept.factCheck())
                  ? withPlace(other, kept)
                  : kept);
    }
    List<FactCheckMatch> out = new ArrayList<>();
    for (FactCheckMatch m : byKey.values()) {
      out.add(
          new FactCheckMatch(
              m.factCheck(),
              out.size() + 1,
              m.similarity(),
              m.probability(),
              m.matchedBy(),
              m.matchedWords()));
    }
    return out;
  }

  private static FactCheckMatch withPlace(FactCheckMatch better, FactCheckMatch place) {
    return new FactCheckMatch(
        better.factCheck(),
        place.rank(),
        place.similarity(),
        place.probability(),
        place.matchedBy(),
        place.matchedWords());
  }

  private static int informative(FactCheck f) {
    return (f.rating().onScale() ? 2 : 0) + (f.url().isPresent() ? 1 : 0);
  }

  private static String key(FactCheck f) {
    return f.reviewer().toLowerCase(Locale.ROOT)
        + "\n"
        + f.claim().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
