package dev.veracity.factcheck.eval;

import dev.veracity.factcheck.FactCheck;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain BM25 baseline (Robertson and Zaragoza 2009): lower-case {@code \w+} tokens over the
 * claim and the review title, {@code k1} 1.2, {@code b} 0.75, idf {@code ln(1 + (N - df + 0.5) /
 * (df + 0.5))}, each query token counted once per occurrence. No stemming, no stop words. Immutable
 * and thread-safe once built.
 */
public final class PlainBm25 {

  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final double K1 = 1.2;
  private static final double B = 0.75;

  private final List<String> ids;
  private final List<Map<String, Integer>> termCounts;
  private final int[] lengths;
  private final Map<String, Double> idf;
  private final Map<String, List<Integer>> postings;
  private final double averageLength;

  /** Indexes the fact-checks' claims and titles. */
  public PlainBm25(List<FactCheck> factChecks) {
    ids = new ArrayList<>(factChecks.size());
    termCounts = new ArrayList<>(factChecks.size());
    lengths = new int[factChecks.size()];
    postings = new HashMap<>();
    long total = 0;
    for (int d = 0; d < factChecks.size(); d++) {
      FactCheck f = factChecks.get(d);
      List<String> tokens = tokens(f.claim() + " " + f.title().orElse(""));
      Map<String, Integer> counts = new HashMap<>();
      tokens.forEach(t -> counts.merge(t, 1, Integer::sum));
      ids.add(f.id());
      termCounts.add(counts);
      lengths[d] = tokens.size();
      total += tokens.size();
      for (String t : counts.keySet()) {
        postings.computeIfAbsent(t, k -> new ArrayList<>()).add(d);
      }
    }
    averageLength = factChecks.isEmpty() ? 0 : total / (double) factChecks.size();
    idf = new HashMap<>();
    int n = factChecks.size();
    postings.forEach(
        (t, docs) -> idf.put(t, Math.log(1 + (n - docs.size() + 0.5) / (docs.size() + 0.5))));
  }

  /** Lower-case {@code \w+} tokens. */
  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** The ids of the {@code top} best fact-checks for {@code query}, best first. */
  public List<String> search(String query, int top) {
    Map<Integer, Double> scores = new HashMap<>();
    for (String t : tokens(query)) {
      List<Integer> docs = postings.get(t);
      if (docs == null) {
        continue;
      }
      double w = idf.get(t);
      for (int d : docs) {
        int tf = termCounts.get(d).get(t);
        double norm = K1 * (1 - B + B * lengths[d] / averageLength);
        scores.merge(d, w * tf * (K1 + 1) / (tf + norm), Double::sum);
      }
    }
    return scores.entrySet().stream()
        .sorted(
            Map.Entry.<Integer, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(top)
        .map(e -> ids.get(e.getKey()))
        .toList();
  }
}
