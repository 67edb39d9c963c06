package dev.veracity.server.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Limits how often each caller may act: one token bucket per caller, refilled continuously.
 *
 * <p>A bucket holds at most {@code burst} tokens and gains {@code perSecond} a second; each request
 * takes one. Idle full buckets are dropped when the table grows past {@value #MAX_BUCKETS} entries,
 * so that many client addresses cannot exhaust memory. Thread-safe.
 */
public final class TokenBucketRateLimiter {

  private static final int MAX_BUCKETS = 10_000;

  private final double perSecond;
  private final double burst;
  private final LongSupplier nanoClock;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  /**
   * A limiter.
   *
   * @param perSecond tokens added per second, > 0
   * @param burst bucket size, >= 1
   * @param nanoClock a monotonic clock in nanoseconds ({@code System::nanoTime}; tests fix it)
   */
  public TokenBucketRateLimiter(double perSecond, int burst, LongSupplier nanoClock) {
    if (!(perSecond > 0)) {
      throw new IllegalArgumentException("perSecond must be > 0, got " + perSecond);
    }
    if (burst < 1) {
      throw new IllegalArgumentException("burst must be >= 1, got " + burst);
    }
    this.perSecond = perSecond;
    this.burst = burst;
    this.nanoClock = nanoClock;
  }

  /**
   * Takes one token from {@code caller}'s bucket.
   *
   * @return 0 when the request may go ahead, else how many whole seconds to wait (>= 1)
   */
  public long acquire(String caller) {
    long now = nanoClock.getAsLong();
    if (buckets.size() > MAX_BUCKETS) {
      buckets.values().removeIf(b -> b.isFull(now));
    }
    return buckets.computeIfAbsent(caller, k -> new Bucket(now)).take(now);
  }

  private final class Bucket {
    private double tokens = burst;
    private long last;

    Bucket(long now) {
      this.last = now;
    }

    synchronized long take(long now) {
      refill(now);
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return (long) Math.ceil((1 - tokens) / perSecond);
    }

    synchronized boolean isFull(long now) {
      refill(now);
      return tokens >= burst;
    }

    private void refill(long now) {
      tokens = Math.min(burst, tokens + (now - last) / 1e9 * perSecond);
      last = now;
    }
  }

  @Override
  public String toString() {
    return "TokenBucketRateLimiter(" + perSecond + "/s, burst " + (int) burst + ")";
  }
}
