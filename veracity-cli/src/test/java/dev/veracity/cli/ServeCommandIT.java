package dev.veracity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.veracity.report.ReportJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code veracity serve} from the shaded jar as a user would. */
class ServeCommandIT {

  private static final Pattern SERVES = Pattern.compile("serves http://127\\.0\\.0\\.1:(\\d+)/");

  @TempDir Path dir;

  private final HttpClient client = HttpClient.newHttpClient();

  private ProcessBuilder veracity(Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(System.getProperty("veracity.jar"));
    command.add("serve");
    command.add("--home");
    command.add(dir.resolve("home").toString());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().remove("VERACITY_ADMIN_KEY");
    pb.environment().putAll(env);
    return pb;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void serveAnswersChecksOnLoopbackAndKeepsThemAcrossRestarts() throws Exception {
    String id;
    Process first =
        veracity(Map.of(), "--port", "0").redirectError(dir.resolve("err1").toFile()).start();
    try {
      int port = awaitPort(first);
      HttpResponse<String> created =
          send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/checks"))
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"text\":\"The council approved a 3 million dollar budget.\"}")));
      assertThat(created.statusCode()).isEqualTo(201);
      id = ReportJson.parse(created.body()).get("id").asText();
    } finally {
      first.destroy();
      assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    Process second =
        veracity(Map.of(), "--port", "0").redirectError(dir.resolve("err2").toFile()).start();
    try {
      int port = awaitPort(second);
      HttpResponse<String> fetched =
          send(
              HttpRequest.newBuilder(
                  URI.create("http://127.0.0.1:" + port + "/api/v1/checks/" + id)));
      assertThat(fetched.statusCode()).isEqualTo(200);
      assertThat(ReportJson.parse(fetched.body()).get("report").get("schema").asText())
          .isEqualTo("veracity.check/1");
    } finally {
      second.destroy();
      assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void createKeyPrintsAKeyThatTheServerThenAccepts() throws Exception {
    Process create =
        veracity(Map.of(), "--create-key", "desk", "--role", "reviewer")
            .redirectError(dir.resolve("create-err").toFile())
            .start();
    String key = new String(create.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(create.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(create.exitValue()).isZero();
    assertThat(key).matches("vk_[A-Za-z0-9_-]{43}");
    assertThat(Files.readString(dir.resolve("create-err")))
        .contains("created key desk (reviewer); it is shown only this once");

    Process server =
        veracity(Map.of(), "--port", "0").redirectError(dir.resolve("err").toFile()).start();
    try {
      int port = awaitPort(server);
      HttpResponse<String> me =
          send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/whoami"))
                  .header("Authorization", "Bearer " + key));
      JsonNode body = ReportJson.parse(me.body());
      assertThat(body.get("name").asText()).isEqualTo("desk");
      assertThat(body.get("role").asText()).isEqualTo("reviewer");
    } finally {
      server.destroy();
      assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void anUnknownRoleIsAUsageErrorWithExitCode2() throws Exception {
    Process p =
        veracity(Map.of(), "--create-key", "desk", "--role", "editor")
            .redirectError(ProcessBuilder.Redirect.PIPE)
            .start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(2);
    assertThat(err).contains("--role must be reader, reviewer or admin, got editor");
  }

  @Test
  void aShortAdminKeyFromTheEnvironmentIsAUsageError() throws Exception {
    Process p =
        veracity(Map.of("VERACITY_ADMIN_KEY", "short"), "--port", "0")
            .redirectError(ProcessBuilder.Redirect.PIPE)
            .start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(2);
    assertThat(err).contains("VERACITY_ADMIN_KEY: the secret of key admin must have >= 20");
  }

  private static int awaitPort(Process p) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      Matcher m = SERVES.matcher(line);
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
    }
    throw new IllegalStateException("veracity serve ended without serving");
  }
}
