package dev.veracity.factcheck.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores rankings against relevance judgements. Average precision at k follows the CheckThat! 2020
 * scorer: the sum of precision at the ranks (up to k) of relevant documents, divided by the number
 * of relevant documents.
 */
public final class RetrievalMetrics {

  private RetrievalMetrics() {}

  /**
   * Scores every query that has relevant documents; a query missing from {@code rankings} counts as
   * retrieving nothing.
   *
   * @param rankings document ids by query id, best first
   * @param qrels relevant document ids by query id
   */
  public static MatchingScores score(
      Map<String, List<String>> rankings, Map<String, Set<String>> qrels) {
    int n = 0;
    double map1 = 0;
    double map5 = 0;
    double mrr = 0;
    double r5 = 0;
    double r20 = 0;
    for (Map.Entry<String, Set<String>> q : qrels.entrySet()) {
      Set<String> relevant = q.getValue();
      if (relevant.isEmpty()) {
        continue;
      }
      List<String> ranked = rankings.getOrDefault(q.getKey(), List.of());
      n++;
      map1 += averagePrecision(ranked, relevant, 1);
      map5 += averagePrecision(ranked, relevant, 5);
      mrr += reciprocalRank(ranked, relevant);
      r5 += recall(ranked, relevant, 5);
      r20 += recall(ranked, relevant, 20);
    }
    if (n == 0) {
      return new MatchingScores(0, 0, 0, 0, 0, 0);
    }
    return new MatchingScores(n, map1 / n, map5 / n, mrr / n, r5 / n, r20 / n);
  }

  /** Average precision at {@code k}, CheckThat! style. */
  public static double averagePrecision(List<String> ranked, Set<String> relevant, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be >= 1, got " + k);
    }
    double sum = 0;
    int correct = 0;
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      String doc = ranked.get(i);
      if (relevant.contains(doc) && seen.add(doc)) {
        correct++;
        sum += correct / (double) (i + 1);
      }
    }
    return relevant.isEmpty() ? 0 : sum / relevant.size();
  }

  /** One over the rank of the first relevant document, 0 when none is ranked. */
  public static double reciprocalRank(List<String> ranked, Set<String> relevant) {
    for (int i = 0; i < ranked.size(); i++) {
      if (relevant.contains(ranked.get(i))) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  /** The share of relevant documents in the top {@code k}. */
  public static double recall(List<String> ranked, Set<String> relevant, int k) {
    Set<String> found = new HashSet<>(ranked.subList(0, Math.min(k, ranked.size())));
    found.retainAll(relevant);
    return relevant.isEmpty() ? 0 : found.size() / (double) relevant.size();
  }

  /**
   * Reads TREC qrels ({@code qid 0 docid relevance}, whitespace-separated); only lines with a
   * relevance above 0 count.
   *
   * @throws IOException when the file cannot be read or a line has not four fields
   */
  public static Map<String, Set<String>> readQrels(Path file) throws IOException {
    return parseQrels(Files.readString(file), file.toString());
  }

  /** Parses TREC qrels text; {@code name} names it in errors. */
  public static Map<String, Set<String>> parseQrels(String text, String name) throws IOException {
    Map<String, Set<String>> qrels = new LinkedHashMap<>();
    String[] lines = text.split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String[] f = lines[i].strip().split("\\s+");
      if (f.length != 4) {
        throw new IOException(name + ":" + (i + 1) + ": expected 4 fields, got " + f.length);
      }
      Set<String> docs = qrels.computeIfAbsent(f[0], k -> new java.util.LinkedHashSet<>());
      int relevance;
      try {
        relevance = Integer.parseInt(f[3]);
      } catch (NumberFormatException e) {
        throw new IOException(name + ":" + (i + 1) + ": relevance is not a number: " + f[3], e);
      }
      if (relevance > 0) {
        docs.add(f[2]);
      }
    }
    return qrels;
  }
}
