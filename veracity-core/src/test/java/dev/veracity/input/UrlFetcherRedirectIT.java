package dev.veracity.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A real HTTP server on loopback, with a policy that lets the test reach loopback only. */
class UrlFetcherRedirectIT {

  /** Allows loopback (the test server), refuses everything else as the public policy would. */
  private static final AddressPolicy LOOPBACK_ONLY =
      new AddressPolicy() {
        private final PublicAddressPolicy strict = new PublicAddressPolicy();

        @Override
        public Optional<String> refusal(InetAddress address) {
          return address.isLoopbackAddress() ? Optional.empty() : strict.refusal(address);
        }

        @Override
        public boolean allowsPort(int port) {
          return true;
        }
      };

  private HttpServer server;
  private String base;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/article",
        exchange -> {
          byte[] body =
              "<html><title>T</title><p>caf\u00E9</p></html>".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "text/html; charset=UTF-8");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.createContext("/to-article", exchange -> redirect(exchange, "/article"));
    server.createContext("/to-private", exchange -> redirect(exchange, "http://10.0.0.1/secret"));
    server.createContext("/loop", exchange -> redirect(exchange, "/loop"));
    server.createContext(
        "/big",
        exchange -> {
          exchange.sendResponseHeaders(200, 0);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(new byte[2_000]);
          }
        });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static void redirect(com.sun.net.httpserver.HttpExchange exchange, String location)
      throws IOException {
    exchange.getResponseHeaders().add("Location", location);
    exchange.sendResponseHeaders(302, -1);
    exchange.close();
  }

  private UrlFetcher fetcher(long maxBytes) {
    return new UrlFetcher(
        LOOPBACK_ONLY, new InputLimits(maxBytes, maxBytes, 1_000), Duration.ofSeconds(5));
  }

  @Test
  void followsARedirectAndReportsTheFinalUrlAndCharset() throws InputException {
    RawInput raw = fetcher(1_000).fetch(base + "/to-article");

    assertThat(raw.source()).isEqualTo(base + "/to-article");
    assertThat(raw.url().map(Object::toString)).contains(base + "/article");
    assertThat(raw.contentType()).contains("text/html");
    assertThat(raw.charset()).contains("UTF-8");
    assertThat(new String(raw.bytes(), StandardCharsets.UTF_8)).contains("caf\u00E9");
  }

  @Test
  void aRedirectToAPrivateAddressIsRefused() {
    assertThatThrownBy(() -> fetcher(1_000).fetch(base + "/to-private"))
        .isInstanceOfSatisfying(
            InputException.class,
            e -> assertThat(e.code()).isEqualTo(InputException.Code.FETCH_REFUSED))
        .hasMessage(base + "/to-private: 10.0.0.1 resolves to a private address (10.0.0.1)");
  }

  @Test
  void stopsAfterFiveRedirects() {
    assertThatThrownBy(() -> fetcher(1_000).fetch(base + "/loop"))
        .isInstanceOfSatisfying(
            InputException.class,
            e -> assertThat(e.code()).isEqualTo(InputException.Code.FETCH_FAILED))
        .hasMessage(base + "/loop: more than 5 redirects");
  }

  @Test
  void aBodyOverTheCapIsTooLarge() {
    assertThatThrownBy(() -> fetcher(1_000).fetch(base + "/big"))
        .isInstanceOfSatisfying(
            InputException.class,
            e -> assertThat(e.code()).isEqualTo(InputException.Code.TOO_LARGE));
  }

  @Test
  void aMissingPageFailsWithItsStatus() {
    assertThatThrownBy(() -> fetcher(1_000).fetch(base + "/nothing-here"))
        .isInstanceOfSatisfying(
            InputException.class,
            e -> assertThat(e.code()).isEqualTo(InputException.Code.FETCH_FAILED))
        .hasMessage(base + "/nothing-here: HTTP status 404");
  }
}
