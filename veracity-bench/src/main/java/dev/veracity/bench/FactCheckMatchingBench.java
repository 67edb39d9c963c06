package dev.veracity.bench;

import dev.veracity.embed.minilm.MiniLmSentenceEncoder;
import dev.veracity.factcheck.FactCheck;
import dev.veracity.factcheck.FactCheckMatch;
import dev.veracity.factcheck.eval.CheckThat2020;
import dev.veracity.factcheck.eval.MatchingScores;
import dev.veracity.factcheck.eval.PlainBm25;
import dev.veracity.factcheck.eval.Query;
import dev.veracity.factcheck.eval.RetrievalMetrics;
import dev.veracity.factcheck.imports.LiarImporter;
import dev.veracity.factcheck.imports.SnopesScrapeImporter;
import dev.veracity.factcheck.store.LuceneFactCheckStore;
import dev.veracity.factcheck.store.Rankings;
import dev.veracity.factcheck.store.SearchMode;
import dev.veracity.factcheck.store.SearchOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Fact-check matching: quality on CheckThat! 2020 task 2 ({@code quality}: plain BM25 baseline —
 * lower-case {@code \w+}, k1 1.2, b 0.75 over claim + title — against the store's BM25, dense and
 * fused rankings, per split) and speed ({@code speed}: index N reviews of the Snopes scrape and
 * LIAR including embeddings, then search latency after warm-up, and the index's size on disk).
 *
 * <p>Usage: {@code java -cp veracity-bench/target/benchmarks.jar
 * dev.veracity.bench.FactCheckMatchingBench quality|speed|tune DATASETS [N|SPLIT]}; {@code tune}
 * prints MAP@5 of reciprocal rank fusion over a grid of {@code k} and lexical weights on a split
 * ({@code train} by default), the grid the default {@code FusionSettings} were chosen from.
 */
public final class FactCheckMatchingBench {

  private FactCheckMatchingBench() {}

  /** Runs the measurement; prints one line per figure. */
  public static void main(String[] args) throws IOException {
    String what = args.length > 0 ? args[0] : "quality";
    Path datasets = Path.of(args.length > 1 ? args[1] : "../shared/datasets");
    if (what.equals("speed")) {
      speed(datasets, args.length > 2 ? Integer.parseInt(args[2]) : 20_000, System.out);
    } else if (what.equals("tune")) {
      tune(datasets, args.length > 2 ? args[2] : "train", System.out);
    } else {
      quality(datasets, System.out);
    }
  }

  private static void quality(Path datasets, PrintStream out) throws IOException {
    CheckThat2020 data = new CheckThat2020(datasets);
    List<FactCheck> claims = data.verifiedClaims().factChecks();
    PlainBm25 plain = new PlainBm25(claims);
    Path dir = Files.createTempDirectory("veracity-factcheck-bench");
    try (LuceneFactCheckStore store = LuceneFactCheckStore.open(dir, new MiniLmSentenceEncoder())) {
      store.add(claims);
      for (String split : List.of("train", "dev")) {
        List<Query> queries = data.queries(split);
        Map<String, Set<String>> qrels = data.qrels(split);
        Map<String, List<String>> baseline = new HashMap<>();
        queries.forEach(q -> baseline.put(q.id(), plain.search(q.text(), 20)));
        print(out, split, "plain-bm25", RetrievalMetrics.score(baseline, qrels));
        for (SearchMode mode : SearchMode.values()) {
          Map<String, List<String>> ranked = new HashMap<>();
          for (Query q : queries) {
            ranked.put(q.id(), ids(store.search(q.text(), SearchOptions.fused(20).withMode(mode))));
          }
          print(out, split, mode.id(), RetrievalMetrics.score(ranked, qrels));
        }
      }
    } finally {
      deleteTree(dir);
    }
  }

  private static void tune(Path datasets, String split, PrintStream out) throws IOException {
    CheckThat2020 data = new CheckThat2020(datasets);
    Path dir = Files.createTempDirectory("veracity-factcheck-tune");
    try (LuceneFactCheckStore store = LuceneFactCheckStore.open(dir, new MiniLmSentenceEncoder())) {
      store.add(data.verifiedClaims().factChecks());
      Map<String, Set<String>> qrels = data.qrels(split);
      Map<String, Rankings> rankings = new HashMap<>();
      for (Query q : data.queries(split)) {
        rankings.put(q.id(), store.rankings(q.text(), 100));
      }
      for (double k : new double[] {1, 5, 10, 20, 60}) {
        for (double lexicalWeight : new double[] {0.5, 0.75, 1.0, 1.5, 2.0}) {
          Map<String, List<String>> fused = new HashMap<>();
          rankings.forEach((id, r) -> fused.put(id, fuse(r, k, lexicalWeight)));
          out.printf(
              Locale.ROOT,
              "%s rrf k=%.0f lexical_weight=%.2f MAP@5 %.4f%n",
              split,
              k,
              lexicalWeight,
              RetrievalMetrics.score(fused, qrels).mapAt5());
        }
      }
    } finally {
      deleteTree(dir);
    }
  }

  private static List<String> fuse(Rankings r, double k, double lexicalWeight) {
    Map<String, Double> scores = new LinkedHashMap<>();
    for (int i = 0; i < r.lexicalIds().size(); i++) {
      scores.merge(r.lexicalIds().get(i), lexicalWeight / (k + i + 1), Double::sum);
    }
    for (int i = 0; i < r.semanticIds().size(); i++) {
      scores.merge(r.semanticIds().get(i), 1.0 / (k + i + 1), Double::sum);
    }
    List<Map.Entry<String, Double>> entries = new ArrayList<>(scores.entrySet());
    entries.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
    return entries.stream().map(Map.Entry::getKey).toList();
  }

  private static void speed(Path datasets, int n, PrintStream out) throws IOException {
    List<FactCheck> all = new ArrayList<>();
    all.addAll(
        new SnopesScrapeImporter().read(datasets.resolve("snopes-scrape-2020")).factChecks());
    all.addAll(new LiarImporter().read(datasets.resolve("liar")).factChecks());
    List<FactCheck> reviews = all.subList(0, Math.min(n, all.size()));
    List<Query> queries = new CheckThat2020(datasets).queries("dev");
    Path dir = Files.createTempDirectory("veracity-factcheck-speed");
    try {
      MiniLmSentenceEncoder encoder = new MiniLmSentenceEncoder();
      encoder.encode("warm up the model");
      long t0 = System.nanoTime();
      try (LuceneFactCheckStore store = LuceneFactCheckStore.open(dir, encoder)) {
        store.add(reviews);
        double indexSeconds = (System.nanoTime() - t0) / 1e9;
        out.printf(
            Locale.ROOT,
            "index: %d reviews in %.1f s (%.0f reviews/s, embeddings included), %d cores%n",
            store.size(),
            indexSeconds,
            store.size() / indexSeconds,
            Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "index size on disk: %.1f MiB%n", store.bytesOnDisk() / 1048576.0);
        for (Query q : queries) {
          store.search(q.text(), SearchOptions.fused(5));
        }
        double[] ms = new double[queries.size() * 2];
        int i = 0;
        for (int round = 0; round < 2; round++) {
          for (Query q : queries) {
            long s = System.nanoTime();
            store.search(q.text(), SearchOptions.fused(5));
            ms[i++] = (System.nanoTime() - s) / 1e6;
          }
        }
        Arrays.sort(ms);
        out.printf(
            Locale.ROOT,
            "search (fused, top 5, %d tweet queries after warm-up): p50 %.1f ms, p95 %.1f ms,"
                + " max %.1f ms%n",
            ms.length,
            ms[ms.length / 2],
            ms[(int) Math.ceil(ms.length * 0.95) - 1],
            ms[ms.length - 1]);
      }
    } finally {
      deleteTree(dir);
    }
  }

  private static List<String> ids(List<FactCheckMatch> matches) {
    return matches.stream().map(m -> m.factCheck().id()).toList();
  }

  private static void print(PrintStream out, String split, String system, MatchingScores s) {
    out.printf(
        Locale.ROOT,
        "%-5s %-10s n=%d MAP@1 %.4f MAP@5 %.4f MRR %.4f R@5 %.4f R@20 %.4f%n",
        split,
        system,
        s.queries(),
        s.mapAt1(),
        s.mapAt5(),
        s.mrr(),
        s.recallAt5(),
        s.recallAt20());
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
