package dev.veracity.bench;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.veracity.Veracity;
import dev.veracity.report.ReportJson;
import dev.veracity.server.ServerConfig;
import dev.veracity.server.Services;
import dev.veracity.server.VeracityServer;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load on {@code POST /api/v1/checks}: throughput and latency percentiles with a fixed number of
 * client threads, each a keep-alive HTTP/1.1 connection, posting the same ~5 kB article.
 *
 * <p>Usage: {@code java -cp veracity-bench/target/benchmarks.jar
 * dev.veracity.bench.ServiceLoadBench ARTICLE [THREADS] [WARMUP_S] [MEASURE_S] [BASE_URL]}. Without
 * BASE_URL it starts a server in this JVM on a random loopback port over a fresh embedded H2
 * database (the default pipeline: no embedding model), so clients and server share the CPU.
 */
public final class ServiceLoadBench {

  /** The article size the benchmark posts, in UTF-8 bytes (about). */
  static final int ARTICLE_BYTES = 5_000;

  private ServiceLoadBench() {}

  /** Runs the benchmark. */
  public static void main(String[] args) throws Exception {
    PrintStream out = System.out;
    String article = Padding.toSize(Files.readString(Path.of(args[0])), ARTICLE_BYTES);
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    int measure = args.length > 3 ? Integer.parseInt(args[3]) : 20;
    VeracityServer server = null;
    String base;
    Path home = Files.createTempDirectory("veracity-load");
    if (args.length > 4) {
      base = args[4];
    } else {
      ServerConfig config =
          ServerConfig.defaults(home).port(0).rateLimit(1_000_000, 1_000_000).build();
      server = new VeracityServer(config, Services.of(Veracity.defaults()));
      base = "http://127.0.0.1:" + server.start();
    }
    try {
      String body = "{\"text\":" + ReportJson.compact(TextNode.valueOf(article)) + "}";
      out.printf(
          "article=%d bytes threads=%d warmup=%d s measure=%d s target=%s java=%s cpus=%d%n",
          article.getBytes(StandardCharsets.UTF_8).length,
          threads,
          warmup,
          measure,
          base,
          Runtime.version(),
          Runtime.getRuntime().availableProcessors());
      run(base, body, threads, warmup, null);
      List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
      AtomicInteger errors = new AtomicInteger();
      long cpu0 = processCpuNanos();
      long t0 = System.nanoTime();
      int done = run(base, body, threads, measure, latencies, errors);
      double seconds = (System.nanoTime() - t0) / 1e9;
      double cpuMsPerCheck = (processCpuNanos() - cpu0) / 1e6 / done;
      List<Long> sorted = new ArrayList<>(latencies);
      Collections.sort(sorted);
      out.printf(
          "POST /api/v1/checks: %d ok, %d errors in %.1f s = %.1f checks/s;"
              + " latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
          done,
          errors.get(),
          seconds,
          done / seconds,
          pct(sorted, 0.50),
          pct(sorted, 0.90),
          pct(sorted, 0.99),
          sorted.get(sorted.size() - 1) / 1e6);
      out.printf(
          "process CPU per check (clients and server in this JVM): %.2f ms;"
              + " %d idle cores would allow about %.0f checks/s%n",
          cpuMsPerCheck,
          Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().availableProcessors() * 1000 / cpuMsPerCheck);
    } finally {
      if (server != null) {
        server.stop();
      }
    }
  }

  private static int run(String base, String body, int threads, int seconds, List<Long> latencies)
      throws Exception {
    return run(base, body, threads, seconds, latencies, new AtomicInteger());
  }

  private static int run(
      String base,
      String body,
      int threads,
      int seconds,
      List<Long> latencies,
      AtomicInteger errors)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Future<Integer>> results = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      results.add(
          pool.submit(
              () -> {
                HttpClient client =
                    HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5))
                        .build();
                HttpRequest request =
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/checks"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build();
                int ok = 0;
                while (System.nanoTime() < end) {
                  long s = System.nanoTime();
                  HttpResponse<String> r = send(client, request);
                  long took = System.nanoTime() - s;
                  if (r.statusCode() == 201) {
                    ok++;
                    if (latencies != null) {
                      latencies.add(took);
                    }
                  } else {
                    errors.incrementAndGet();
                  }
                }
                return ok;
              }));
    }
    int total = 0;
    for (Future<Integer> f : results) {
      total += f.get();
    }
    pool.shutdown();
    return total;
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest request)
      throws IOException, InterruptedException {
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** CPU time this process has used, all threads. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static double pct(List<Long> sorted, double q) {
    int i = (int) Math.ceil(q * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
  }
}
