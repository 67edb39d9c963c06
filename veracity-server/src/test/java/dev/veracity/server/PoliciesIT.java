package dev.veracity.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veracity.source.SuffixWalkSourceRatings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What configuration changes: body cap, rate limit, closed reads, keyed checks, CORS, lookups. */
class PoliciesIT {

  @TempDir Path dir;

  private TestServer start(java.util.function.Consumer<ServerConfig.Builder> tweak) {
    return TestServer.start(ServerConfig.defaults(dir).port(0), tweak);
  }

  @Test
  void aBodyOverTheCapIs413() {
    try (TestServer server = start(b -> b.maxBodyBytes(2048))) {
      TestServer.Response r =
          server.post("/api/v1/checks", ApiContract.textBody("word ".repeat(1000)));

      assertThat(r.status()).isEqualTo(413);
      assertThat(r.json().get("code").asText()).isEqualTo("body_too_large");
    }
  }

  @Test
  void writesPastTheBurstAre429WithRetryAfter() {
    try (TestServer server = start(b -> b.rateLimit(0.01, 2))) {
      String body = ApiContract.textBody("The harbour reopened on Friday.");
      assertThat(server.post("/api/v1/checks", body).status()).isEqualTo(201);
      assertThat(server.post("/api/v1/checks", body).status()).isEqualTo(201);

      TestServer.Response third = server.post("/api/v1/checks", body);

      assertThat(third.status()).isEqualTo(429);
      assertThat(third.json().get("code").asText()).isEqualTo("rate_limited");
      assertThat(Long.parseLong(third.header("Retry-After"))).isPositive();
    }
  }

  @Test
  void eachKeyHasItsOwnBucket() {
    try (TestServer server = start(b -> b.rateLimit(0.01, 1))) {
      String body = ApiContract.textBody("The harbour reopened on Friday.");
      assertThat(server.post("/api/v1/checks", body).status()).isEqualTo(201);

      TestServer.Response keyed = server.post("/api/v1/checks", body, ApiContract.READER);

      assertThat(keyed.status()).isEqualTo(201);
      assertThat(keyed.json().get("created_by").asText()).isEqualTo("reed");
    }
  }

  @Test
  void closedReadsNeedAReaderKey() {
    try (TestServer server = start(b -> b.openReads(false))) {
      TestServer.Response anonymous = server.get("/api/v1/checks");

      assertThat(anonymous.status()).isEqualTo(401);
      assertThat(anonymous.json().get("code").asText()).isEqualTo("key_required");
      assertThat(server.get("/api/v1/checks", ApiContract.READER).status()).isEqualTo(200);
      assertThat(server.get("/api/v1/health").status()).isEqualTo(200);
    }
  }

  @Test
  void aServerOnAllInterfacesRefusesAnonymousChecksByDefault() {
    try (TestServer server = start(b -> b.bindAddress("0.0.0.0"))) {
      TestServer.Response r = server.post("/api/v1/checks", ApiContract.textBody("Some text."));

      assertThat(r.status()).isEqualTo(401);
      assertThat(r.json().get("code").asText()).isEqualTo("key_required");
      assertThat(server.get("/api/v1/whoami").json().get("anonymous_checks").asBoolean()).isFalse();
    }
  }

  @Test
  void corsIsOffUnlessConfigured() {
    try (TestServer server = start(b -> {})) {
      TestServer.Response r = server.get("/api/v1/health", "Origin", "https://desk.example.org");

      assertThat(r.raw().headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
  }

  @Test
  void aConfiguredOriginMayCallTheApi() {
    try (TestServer server = start(b -> b.corsOrigins(List.of("https://desk.example.org")))) {
      TestServer.Response r = server.get("/api/v1/health", "Origin", "https://desk.example.org");

      assertThat(r.header("Access-Control-Allow-Origin")).isEqualTo("https://desk.example.org");
    }
  }

  @Test
  void aConfiguredFactCheckSearchAnswersWithItsResults() {
    FactCheckSearch stub =
        (query, limit) -> {
          ArrayNode results = JsonNodeFactory.instance.arrayNode();
          ObjectNode hit = results.addObject();
          hit.put("claim", "5G towers spread the coronavirus");
          hit.put("rating", "False");
          hit.put("limit", limit);
          return results;
        };
    ServerConfig.Builder config = ServerConfig.defaults(dir).port(0);
    try (TestServer server =
        new TestServer(config.build(), Services.of(TestServer.veracity()).withFactChecks(stub))) {
      TestServer.Response r = server.get("/api/v1/factchecks?q=does+5G+spread+covid&limit=3");

      assertThat(r.status()).isEqualTo(200);
      assertThat(r.json().get("query").asText()).isEqualTo("does 5G spread covid");
      assertThat(r.json().get("results").get(0).get("rating").asText()).isEqualTo("False");
      assertThat(r.json().get("results").get(0).get("limit").asInt()).isEqualTo(3);
      assertThat(server.get("/api/v1/factchecks").status()).isEqualTo(400);
    }
  }

  @Test
  void sourceLookupRatesASiteFromTheLoadedLists() throws Exception {
    Path datasets = Path.of(System.getProperty("veracity.datasets", "../../shared/datasets"));
    assumeTrue(
        Files.isDirectory(datasets.resolve("opensources")),
        "source lookup IT skipped: no rating lists under " + datasets);
    ServerConfig.Builder config = ServerConfig.defaults(dir).port(0);
    Services services =
        Services.of(TestServer.veracity())
            .withSources(SuffixWalkSourceRatings.load(datasets, dir.resolve("overrides")));
    try (TestServer server = new TestServer(config.build(), services)) {
      TestServer.Response r = server.get("/api/v1/sources/infowars.com");

      assertThat(r.status()).isEqualTo(200);
      assertThat(r.json().get("schema").asText()).isEqualTo("veracity.source/1");
      assertThat(r.json().get("domain").asText()).isEqualTo("infowars.com");
      assertThat(r.json().get("rated").asBoolean()).isTrue();
      assertThat(server.get("/api/v1/sources/not%20a%20domain").json().get("code").asText())
          .isEqualTo("not_a_domain");
    }
  }
}
