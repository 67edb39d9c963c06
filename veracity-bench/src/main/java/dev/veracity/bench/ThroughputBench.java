package dev.veracity.bench;

import dev.veracity.article.Article;
import dev.veracity.article.ArticleSegmenter;
import dev.veracity.article.LineRuleSegmenter;
import dev.veracity.corpus.Corpora;
import dev.veracity.corpus.CorpusReader;
import dev.veracity.corpus.LabelledDocument;
import dev.veracity.corpus.ReadResult;
import dev.veracity.style.LexicalStyleAnalyzer;
import dev.veracity.style.StyleAnalyzer;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Single-thread throughput of segmentation plus style cues over real article corpora, in MB/s.
 *
 * <p>Usage: {@code java -cp veracity-bench/target/benchmarks.jar dev.veracity.bench.ThroughputBench
 * [DATASETS_DIR] [ROUNDS]}. Reads the full-text article corpora, warms up for one round, then
 * measures {@code ROUNDS} rounds on one thread and prints MB/s of UTF-8 text (wall and thread CPU
 * time) and per-article latency percentiles.
 */
public final class ThroughputBench {

  private ThroughputBench() {}

  /** Runs the benchmark. */
  public static void main(String[] args) throws IOException {
    Path datasets = Path.of(args.length > 0 ? args[0] : "../shared/datasets");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    PrintStream out = System.out;
    List<Article> articles = new ArrayList<>();
    long bytes = 0;
    for (CorpusReader reader : Corpora.articleReaders()) {
      ReadResult result = reader.read(datasets.resolve(reader.name()));
      for (LabelledDocument d : result.documents()) {
        if (!d.text().isBlank()) {
          String text = d.titleAndText();
          articles.add(Article.ofText(text));
          bytes += text.getBytes(StandardCharsets.UTF_8).length;
        }
      }
    }
    ArticleSegmenter segmenter = new LineRuleSegmenter();
    StyleAnalyzer style = LexicalStyleAnalyzer.withDefaultReference();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long sink = pass(articles, segmenter, style, null);
    long[] latencies = new long[articles.size()];
    long wall = 0;
    long cpu = 0;
    for (int r = 0; r < rounds; r++) {
      long c0 = threads.getCurrentThreadCpuTime();
      long w0 = System.nanoTime();
      sink += pass(articles, segmenter, style, latencies);
      wall += System.nanoTime() - w0;
      cpu += threads.getCurrentThreadCpuTime() - c0;
    }
    Arrays.sort(latencies);
    double mb = bytes / 1e6 * rounds;
    out.printf(
        "articles=%d text=%.1f MB rounds=%d java=%s%n",
        articles.size(), bytes / 1e6, rounds, Runtime.version());
    out.printf(
        "segmentation+style: %.1f MB/s wall, %.1f MB/s thread CPU%n",
        mb / (wall / 1e9), mb / (cpu / 1e9));
    out.printf(
        "per-article latency (last round): p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms"
            + " (mean article %.1f kB)%n",
        pct(latencies, 0.50),
        pct(latencies, 0.90),
        pct(latencies, 0.99),
        latencies[latencies.length - 1] / 1e6,
        bytes / 1e3 / articles.size());
    out.println("(checksum " + sink + ")");
  }

  private static long pass(
      List<Article> articles, ArticleSegmenter segmenter, StyleAnalyzer style, long[] latencies) {
    long sink = 0;
    for (int i = 0; i < articles.size(); i++) {
      long t0 = System.nanoTime();
      sink += style.analyze(segmenter.segment(articles.get(i))).size();
      if (latencies != null) {
        latencies[i] = System.nanoTime() - t0;
      }
    }
    return sink;
  }

  private static double pct(long[] sorted, double p) {
    return sorted[(int) Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)))] / 1e6;
  }
}
