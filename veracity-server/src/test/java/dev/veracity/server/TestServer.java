package dev.veracity.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.veracity.Veracity;
import dev.veracity.report.ReportJson;
import dev.veracity.server.security.Role;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A server on a random loopback port over a fresh database, with a small HTTP client. */
final class TestServer implements AutoCloseable {

  static final String ADMIN_KEY = "vk_test_admin_secret_0123456789";
  static final String REVIEWER_KEY = "vk_test_reviewer_secret_0123456789";
  static final String READER_KEY = "vk_test_reader_secret_0123456789";

  private static final Veracity VERACITY = Veracity.defaults();

  final VeracityServer server;
  final int port;
  private final HttpClient client = HttpClient.newHttpClient();

  TestServer(ServerConfig config, Services services) {
    this.server = new VeracityServer(config, services);
    this.port = server.start();
  }

  /** A server on H2 in {@code dir}, with admin, reviewer and reader keys. */
  static TestServer h2(Path dir) {
    return start(ServerConfig.defaults(dir).port(0), b -> {});
  }

  static TestServer start(ServerConfig.Builder builder, Consumer<ServerConfig.Builder> tweak) {
    builder
        .key(new ServerConfig.BootstrapKey("admin", Role.ADMIN, ADMIN_KEY))
        .key(new ServerConfig.BootstrapKey("rita", Role.REVIEWER, REVIEWER_KEY))
        .key(new ServerConfig.BootstrapKey("reed", Role.READER, READER_KEY));
    tweak.accept(builder);
    return new TestServer(builder.build(), Services.of(VERACITY));
  }

  static Veracity veracity() {
    return VERACITY;
  }

  Response get(String path, String... headers) {
    return send(request(path, headers).GET());
  }

  Response delete(String path, String... headers) {
    return send(request(path, headers).DELETE());
  }

  Response post(String path, String json, String... headers) {
    List<String> all = new ArrayList<>(List.of(headers));
    all.add("Content-Type");
    all.add("application/json");
    return send(
        request(path, all.toArray(new String[0])).POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  Response post(String path, byte[] body, String... headers) {
    return send(request(path, headers).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  private HttpRequest.Builder request(String path, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return b;
  }

  private Response send(HttpRequest.Builder b) {
    try {
      HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(r.statusCode(), r.body(), r);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String[] bearer(String key) {
    return new String[] {"Authorization", "Bearer " + key};
  }

  @Override
  public void close() {
    server.stop();
  }

  /** A response with its body as text and, lazily, JSON. */
  record Response(int status, String body, HttpResponse<String> raw) {
    JsonNode json() {
      return ReportJson.parse(body);
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse("");
    }
  }
}
