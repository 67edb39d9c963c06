package dev.veracity.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketRateLimiterTest {

  private final AtomicLong now = new AtomicLong();
  private final TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(2, 3, now::get);

  @Test
  void aFullBucketLetsTheBurstThroughThenAsksToWait() {
    assertThat(limiter.acquire("a")).isZero();
    assertThat(limiter.acquire("a")).isZero();
    assertThat(limiter.acquire("a")).isZero();

    assertThat(limiter.acquire("a")).isEqualTo(1);
  }

  @Test
  void tokensComeBackAtTheConfiguredRate() {
    for (int i = 0; i < 3; i++) {
      limiter.acquire("a");
    }

    now.addAndGet(500_000_000L);

    assertThat(limiter.acquire("a")).isZero();
    assertThat(limiter.acquire("a")).isEqualTo(1);
  }

  @Test
  void callersHaveSeparateBuckets() {
    for (int i = 0; i < 3; i++) {
      limiter.acquire("a");
    }

    assertThat(limiter.acquire("b")).isZero();
  }

  @Test
  void aRateOfZeroIsRefused() {
    assertThatThrownBy(() -> new TokenBucketRateLimiter(0, 1, now::get))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("perSecond must be > 0, got 0.0");
  }
}
