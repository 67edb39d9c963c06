package dev.veracity.bench;

import dev.veracity.html.eval.ExtractionBenchmark;
import dev.veracity.html.extract.ArticleExtractor;
import dev.veracity.html.extract.DensityArticleExtractor;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Measures single-thread extraction speed on a directory of pages, after warm-up, and the heap used
 * while extracting one synthetic page of 20 million chars.
 *
 * <p>Usage: {@code java -cp veracity-bench/target/benchmarks.jar dev.veracity.bench.ExtractionSpeed
 * DIR [ROUNDS]}. Run alone: the figures are wall-clock.
 */
public final class ExtractionSpeed {

  private ExtractionSpeed() {}

  /** Runs the measurement; prints one line per figure. */
  public static void main(String[] args) throws IOException {
    PrintStream out = System.out;
    Path dir =
        Path.of(args.length > 0 ? args[0] : "../shared/datasets/article-extraction-benchmark/html");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    List<String> pages = new ArrayList<>();
    long chars = 0;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        String html = ExtractionBenchmark.readPage(file);
        pages.add(html);
        chars += html.length();
      }
    }
    ArticleExtractor extractor = new DensityArticleExtractor();
    long sink = 0;
    for (int warm = 0; warm < 3; warm++) {
      for (String page : pages) {
        sink += extractor.extract(page).body().length();
      }
    }
    long start = System.nanoTime();
    for (int round = 0; round < rounds; round++) {
      for (String page : pages) {
        sink += extractor.extract(page).body().length();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double perSecond = pages.size() * rounds / seconds;
    out.printf(
        Locale.ROOT,
        "pages=%d mean_chars=%d rounds=%d pages_per_s=%.1f ms_per_page=%.2f (sink %d)%n",
        pages.size(),
        chars / pages.size(),
        rounds,
        perSecond,
        1000 / perSecond,
        sink);

    StringBuilder big = new StringBuilder("<html><body><article>");
    String paragraph =
        "<p>Paragraph text, with commas, and a <a href='/x'>link</a>, repeated many times.</p>";
    while (big.length() + paragraph.length() + 30 < ArticleExtractor.MAX_HTML_CHARS) {
      big.append(paragraph);
    }
    big.append("</article></body></html>");
    String huge = big.toString();
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    long hugeStart = System.nanoTime();
    int paragraphs = extractor.extract(huge).paragraphs().size();
    double hugeSeconds = (System.nanoTime() - hugeStart) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    out.printf(
        Locale.ROOT,
        "huge_page_chars=%d paragraphs=%d seconds=%.1f peak_heap_mb=%d%n",
        huge.length(),
        paragraphs,
        hugeSeconds,
        peak / 1_000_000);
  }
}
