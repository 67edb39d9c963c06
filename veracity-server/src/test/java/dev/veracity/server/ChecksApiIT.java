package dev.veracity.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.veracity.article.Article;
import dev.veracity.report.ReportJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecksApiIT {

  @TempDir static Path dir;
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.h2(dir);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static String example() throws Exception {
    return Files.readString(Path.of("..", "..", "shared", "examples", "000_d24af7c00431189a.txt"));
  }

  @Test
  void postingTextAnswers201WithTheSameReportAsTheCli() throws Exception {
    String text = "The mayor said on Monday that unemployment fell to 4.2 percent last year.";
    TestServer.Response r =
        server.post("/api/v1/checks", "{\"text\":" + ReportJson.compact(textNode(text)) + "}");

    assertThat(r.status()).isEqualTo(201);
    JsonNode body = r.json();
    assertThat(r.header("Location")).isEqualTo("/api/v1/checks/" + body.get("id").asText());
    JsonNode expected =
        ReportJson.toTree(TestServer.veracity().check(Article.ofText(text), "text"));
    assertThat(body.get("report").get("input")).isEqualTo(expected.get("input"));
    assertThat(body.get("report").get("claims")).isEqualTo(expected.get("claims"));
    assertThat(body.get("text").asText()).isEqualTo(text);
  }

  @Test
  void aStoredCheckIsFetchedByItsId() {
    String id =
        server
            .post("/api/v1/checks", "{\"text\":\"Water boils at 100 degrees.\"}")
            .json()
            .get("id")
            .asText();

    TestServer.Response r = server.get("/api/v1/checks/" + id);

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("report").get("schema").asText()).isEqualTo("veracity.check/1");
    assertThat(r.json().get("verdicts").size()).isZero();
  }

  private static JsonNode textNode(String text) {
    return com.fasterxml.jackson.databind.node.TextNode.valueOf(text);
  }
}
