package dev.veracity.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Refusals happen before any connection: port 9 (discard) is never listened to in tests. */
class UrlFetcherTest {

  private final UrlFetcher fetcher =
      new UrlFetcher(new PublicAddressPolicy(), InputLimits.DEFAULT, Duration.ofSeconds(2));

  private static void assertRefused(UrlFetcher fetcher, String url, String message) {
    assertThatThrownBy(() -> fetcher.fetch(url))
        .isInstanceOfSatisfying(
            InputException.class,
            e -> assertThat(e.code()).isEqualTo(InputException.Code.FETCH_REFUSED))
        .hasMessage(message);
  }

  @Test
  void refusesLoopbackLiteralWithPort() {
    assertRefused(
        fetcher,
        "http://127.0.0.1:9/",
        "http://127.0.0.1:9/: 127.0.0.1 resolves to a loopback address (127.0.0.1)");
  }

  @Test
  void refusesLocalhostByName() {
    assertRefused(
        fetcher,
        "http://localhost/",
        "http://localhost/: localhost resolves to a loopback address (127.0.0.1)");
  }

  @Test
  void refusesTheCloudMetadataAddress() {
    assertRefused(
        fetcher,
        "http://169.254.169.254/latest/meta-data/",
        "http://169.254.169.254/latest/meta-data/: 169.254.169.254 resolves to a link-local"
            + " address (169.254.169.254)");
  }

  @Test
  void refusesIpv4MappedLoopback() {
    assertRefused(
        fetcher,
        "http://[::ffff:127.0.0.1]/",
        "http://[::ffff:127.0.0.1]/: [::ffff:127.0.0.1] resolves to a loopback address"
            + " (127.0.0.1)");
  }

  @Test
  void refusesOtherSchemes() {
    assertRefused(
        fetcher,
        "file:///etc/passwd",
        "file:///etc/passwd: only http and https URLs are fetched," + " not file");
  }

  @Test
  void refusesUserInfo() {
    assertRefused(
        fetcher,
        "http://user:pw@8.8.8.8/",
        "http://user:pw@8.8.8.8/: URLs with user info (user@host) are not fetched");
  }

  @Test
  void refusesNonWebPortsOfPublicAddresses() {
    assertRefused(fetcher, "http://8.8.8.8:22/", "http://8.8.8.8:22/: port 22 is not allowed");
  }

  @Test
  void recognisesUrlsByTheirScheme() {
    assertThat(UrlFetcher.looksLikeUrl("HTTPS://example.com/a")).isTrue();
    assertThat(UrlFetcher.looksLikeUrl("notes/a.txt")).isFalse();
  }
}
