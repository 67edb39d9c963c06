package dev.veracity.html.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's metric (Zyte, {@code
 * scrapinghub/article-extraction-benchmark}, {@code evaluate.py}): texts become multisets of
 * 4-token shingles over {@code \w+} tokens and are compared per page, with each page's counts
 * normalised to sum to one.
 *
 * <p>A text of fewer than four tokens is one shingle of all its tokens, as in the original. Java's
 * Unicode {@code \w} differs from Python's on a few combining marks; on the benchmark's pages the
 * two agree. Stateless and thread-safe.
 */
public final class ShingleMetric {

  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int SHINGLE = 4;

  private ShingleMetric() {}

  /** The {@code \w+} tokens of {@code text}, case kept. */
  public static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  /** The multiset of 4-token shingles of {@code text}, as shingle to count. */
  public static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = tokens(text);
    Map<List<String>, Integer> counts = new HashMap<>();
    int last = Math.max(1, tokens.size() - SHINGLE + 1);
    for (int i = 0; i < last; i++) {
      List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + SHINGLE));
      if (!shingle.isEmpty()) {
        counts.merge(List.copyOf(shingle), 1, Integer::sum);
      }
    }
    return counts;
  }

  /** Compares one page's prediction with its truth; counts are normalised to sum to one. */
  public static PageScore score(String truth, String predicted) {
    Map<List<String>, Integer> t = shingles(truth);
    Map<List<String>, Integer> p = shingles(predicted);
    Set<List<String>> keys = new HashSet<>(t.keySet());
    keys.addAll(p.keySet());
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (List<String> key : keys) {
      int tc = t.getOrDefault(key, 0);
      int pc = p.getOrDefault(key, 0);
      tp += Math.min(tc, pc);
      fp += Math.max(0, pc - tc);
      fn += Math.max(0, tc - pc);
    }
    double sum = tp + fp + fn;
    boolean exact = tokens(truth).equals(tokens(predicted));
    return sum > 0
        ? new PageScore(tp / sum, fp / sum, fn / sum, exact)
        : new PageScore(0, 0, 0, exact);
  }

  /**
   * Aggregates page scores as the benchmark does: precision is the mean over pages with {@code tp +
   * fp > 0}, recall the mean over pages with {@code tp + fn > 0}, F1 their harmonic mean.
   *
   * @throws IllegalArgumentException when {@code pages} is empty
   */
  public static ExtractionScore aggregate(List<PageScore> pages) {
    if (pages.isEmpty()) {
      throw new IllegalArgumentException("pages must not be empty, got " + pages);
    }
    double precisionSum = 0;
    int precisionPages = 0;
    double recallSum = 0;
    int recallPages = 0;
    int exact = 0;
    for (PageScore page : pages) {
      if (page.tp() + page.fp() > 0) {
        precisionSum += page.precision();
        precisionPages++;
      }
      if (page.tp() + page.fn() > 0) {
        recallSum += page.recall();
        recallPages++;
      }
      if (page.exact()) {
        exact++;
      }
    }
    double precision = precisionPages == 0 ? 0 : precisionSum / precisionPages;
    double recall = recallPages == 0 ? 0 : recallSum / recallPages;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new ExtractionScore(f1, precision, recall, (double) exact / pages.size(), pages.size());
  }
}
