package dev.veracity.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.veracity.report.ReportJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the server (SIGKILL) in the middle of a burst of verdict writes, restarts it on the same
 * embedded database, and checks that every acknowledged verdict is there and no check is
 * half-written.
 */
class CrashIT {

  @TempDir Path dir;

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void noAcknowledgedVerdictIsLostWhenTheServerIsKilledMidBurst() throws Exception {
    Process first = launch("port-1");
    int port = awaitPort("port-1", first);
    String checkId =
        ReportJson.parse(
                send(
                        port,
                        "POST",
                        "/api/v1/checks",
                        "{\"text\":\"The dam holds 4 billion litres, the council said.\"}")
                    .body())
            .get("id")
            .asText();

    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    AtomicInteger failed = new AtomicInteger();
    ExecutorService writers = Executors.newFixedThreadPool(4);
    long killAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1500);
    for (int w = 0; w < 4; w++) {
      writers.submit(
          () -> {
            while (true) {
              try {
                HttpResponse<String> r =
                    send(
                        port,
                        "POST",
                        "/api/v1/checks/" + checkId + "/verdicts",
                        "{\"label\":\"mostly_true\",\"note\":\"burst\"}");
                if (r.statusCode() == 201) {
                  acknowledged.add(ReportJson.parse(r.body()).get("id").asText());
                }
              } catch (IOException e) {
                failed.incrementAndGet();
                return null;
              }
            }
          });
    }
    while (System.nanoTime() < killAt) {
      Thread.sleep(20);
    }
    first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    writers.shutdown();
    assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    assertThat(acknowledged).hasSizeGreaterThan(10);
    assertThat(failed.get()).isPositive();

    Process second = launch("port-2");
    try {
      int port2 = awaitPort("port-2", second);
      JsonNode stored =
          ReportJson.parse(
                  send(port2, "GET", "/api/v1/checks/" + checkId + "/verdicts", null).body())
              .get("items");
      List<String> ids = new ArrayList<>();
      stored.forEach(v -> ids.add(v.get("id").asText()));

      assertThat(ids).containsAll(acknowledged);
      JsonNode checks =
          ReportJson.parse(send(port2, "GET", "/api/v1/checks?limit=100", null).body());
      for (JsonNode c : checks.get("items")) {
        HttpResponse<String> full =
            send(port2, "GET", "/api/v1/checks/" + c.get("id").asText(), null);
        assertThat(full.statusCode()).isEqualTo(200);
        assertThat(ReportJson.parse(full.body()).get("report").get("schema").asText())
            .isEqualTo("veracity.check/1");
      }
    } finally {
      second.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  private Process launch(String portFile) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path")));
    command.add(ServerProcess.class.getName());
    command.add(dir.toString());
    command.add(dir.resolve(portFile).toString());
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve(portFile + ".log").toFile())
        .start();
  }

  private int awaitPort(String portFile, Process process) throws Exception {
    Path file = dir.resolve(portFile);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Files.exists(file)) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "server did not start: " + Files.readString(dir.resolve(portFile + ".log")));
      }
      Thread.sleep(50);
    }
    return Integer.parseInt(Files.readString(file).strip());
  }

  private HttpResponse<String> send(int port, String method, String path, String json)
      throws IOException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(10))
            .header("Authorization", "Bearer " + ServerProcess.REVIEWER_KEY);
    if (json != null) {
      b.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    try {
      return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
