package dev.veracity.server;

import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * The service's counters and latency histograms, written in the Prometheus text exposition format
 * (version 0.0.4). Thread-safe.
 */
final class Metrics {

  /** Upper bounds of the latency buckets, in seconds. */
  private static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

  private final Map<String, LongAdder> requests = new ConcurrentSkipListMap<>();
  private final Map<String, Histogram> latencies = new ConcurrentSkipListMap<>();
  private final Map<String, LongAdder> errors = new ConcurrentSkipListMap<>();
  private final LongAdder checks = new LongAdder();
  private final LongAdder verdicts = new LongAdder();
  private final LongAdder rateLimited = new LongAdder();
  private final AtomicLong startSeconds = new AtomicLong(System.currentTimeMillis() / 1000);

  /** Records one answered request; {@code route} is the matched path template. */
  void countRequest(String method, String route, int status, double seconds) {
    String labels =
        "method=\"" + method + "\",route=\"" + escape(route) + "\",status=\"" + status + "\"";
    requests.computeIfAbsent(labels, k -> new LongAdder()).increment();
    latencies
        .computeIfAbsent("route=\"" + escape(route) + "\"", k -> new Histogram())
        .observe(seconds);
  }

  void countCheck() {
    checks.increment();
  }

  void countVerdict() {
    verdicts.increment();
  }

  void countRateLimited() {
    rateLimited.increment();
  }

  void countError(String code) {
    errors.computeIfAbsent("code=\"" + escape(code) + "\"", k -> new LongAdder()).increment();
  }

  /** The exposition text. */
  String render() {
    StringBuilder s = new StringBuilder();
    header(s, "veracity_http_requests_total", "counter", "HTTP requests answered.");
    requests.forEach((labels, n) -> line(s, "veracity_http_requests_total", labels, n.sum()));
    header(
        s,
        "veracity_http_request_duration_seconds",
        "histogram",
        "Time to answer HTTP requests, by route.");
    latencies.forEach((labels, h) -> h.render(s, labels));
    header(s, "veracity_checks_total", "counter", "Checks run and stored.");
    line(s, "veracity_checks_total", "", checks.sum());
    header(s, "veracity_verdicts_total", "counter", "Reviewer verdicts stored.");
    line(s, "veracity_verdicts_total", "", verdicts.sum());
    header(s, "veracity_rate_limited_total", "counter", "Requests refused by the rate limit.");
    line(s, "veracity_rate_limited_total", "", rateLimited.sum());
    header(s, "veracity_server_errors_total", "counter", "5xx answers, by problem code.");
    errors.forEach((labels, n) -> line(s, "veracity_server_errors_total", labels, n.sum()));
    header(s, "veracity_start_time_seconds", "gauge", "Unix time the server started.");
    line(s, "veracity_start_time_seconds", "", startSeconds.get());
    return s.toString();
  }

  private static void header(StringBuilder s, String name, String type, String help) {
    s.append("# HELP ").append(name).append(' ').append(help).append('\n');
    s.append("# TYPE ").append(name).append(' ').append(type).append('\n');
  }

  private static void line(StringBuilder s, String name, String labels, double value) {
    s.append(name);
    if (!labels.isEmpty()) {
      s.append('{').append(labels).append('}');
    }
    s.append(' ').append(format(value)).append('\n');
  }

  private static String format(double value) {
    return value == Math.rint(value) && !Double.isInfinite(value)
        ? Long.toString((long) value)
        : Double.toString(value);
  }

  private static String escape(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  /** Cumulative buckets, a sum and a count. */
  private static final class Histogram {
    private final LongAdder[] counts = new LongAdder[BUCKETS.length];
    private final LongAdder count = new LongAdder();
    private final DoubleAdder sum = new DoubleAdder();

    Histogram() {
      for (int i = 0; i < counts.length; i++) {
        counts[i] = new LongAdder();
      }
    }

    void observe(double seconds) {
      for (int i = 0; i < BUCKETS.length; i++) {
        if (seconds <= BUCKETS[i]) {
          counts[i].increment();
        }
      }
      count.increment();
      sum.add(seconds);
    }

    void render(StringBuilder s, String labels) {
      String name = "veracity_http_request_duration_seconds";
      for (int i = 0; i < BUCKETS.length; i++) {
        line(s, name + "_bucket", labels + ",le=\"" + format(BUCKETS[i]) + "\"", counts[i].sum());
      }
      line(s, name + "_bucket", labels + ",le=\"+Inf\"", count.sum());
      line(s, name + "_sum", labels, sum.sum());
      line(s, name + "_count", labels, count.sum());
    }
  }
}
