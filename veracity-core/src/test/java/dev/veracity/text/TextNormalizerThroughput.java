package dev.veracity.text;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A quick throughput check of {@link TextNormalizer#standard()}, run by hand, never by the build:
 * {@code java -cp target/classes:target/test-classes dev.veracity.text.TextNormalizerThroughput
 * [article.txt]}. The JMH benchmarks in veracity-bench are the reference numbers.
 */
public final class TextNormalizerThroughput {

  private static final String NEWS =
      "WASHINGTON \u2014 The U.S. economy grew 3.2% last year, the Commerce Department said on"
          + " Jan.\u00A05. \u201CIt\u2019s a solid number,\u201D said Dr. Jane Smith, an economist"
          + " at the Brookings Institution\u2026 Critics disagreed. \u201CThe numbers are fake,\u201D"
          + " one senator claimed on Twitter &amp; Facebook.\r\n\r\nFact-checkers rated the"
          + " claim False.\r\n";

  private TextNormalizerThroughput() {}

  public static void main(String[] args) throws IOException {
    String article = args.length > 0 ? Files.readString(Path.of(args[0])) : NEWS.repeat(20);
    TextNormalizer normalizer = TextNormalizer.standard();
    // CPU time of this thread, so that other processes on a shared machine do not count.
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (int round = 0; round < 10; round++) {
      long start = cpu.getCurrentThreadCpuTime();
      long chars = 0;
      while (cpu.getCurrentThreadCpuTime() - start < 1_000_000_000L) {
        for (int k = 0; k < 100; k++) {
          chars += normalizer.normalize(article).original().length();
        }
      }
      double seconds = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "round %d: %.1f M chars per CPU second (%d-char article)%n",
          round,
          chars / 1e6 / seconds,
          article.length());
    }
  }
}
