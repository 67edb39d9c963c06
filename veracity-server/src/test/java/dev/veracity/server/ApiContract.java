package dev.veracity.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.veracity.article.Article;
import dev.veracity.report.ReportJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Every documented endpoint, end to end over HTTP, against the database a subclass provides (H2 or
 * PostgreSQL). Tests share one server and database, so each creates what it reads.
 */
abstract class ApiContract {

  /** The running server; subclasses start it before all tests. */
  abstract TestServer server();

  static final String[] REVIEWER = TestServer.bearer(TestServer.REVIEWER_KEY);
  static final String[] READER = TestServer.bearer(TestServer.READER_KEY);
  static final String[] ADMIN = {"X-Api-Key", TestServer.ADMIN_KEY};

  static String example() throws Exception {
    return Files.readString(Path.of("..", "..", "shared", "examples", "000_d24af7c00431189a.txt"));
  }

  static String textBody(String text) {
    return "{\"text\":" + ReportJson.compact(TextNode.valueOf(text)) + "}";
  }

  String newCheck(String text) {
    TestServer.Response r = server().post("/api/v1/checks", textBody(text));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asText();
  }

  // --- status

  @Test
  void healthSaysOkAndTheVersion() {
    TestServer.Response r = server().get("/api/v1/health");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("status").asText()).isEqualTo("ok");
    assertThat(r.json().get("version").asText()).isNotBlank();
  }

  @Test
  void readinessNamesTheDatabase() {
    TestServer.Response r = server().get("/api/v1/ready");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("database").asText()).matches("(H2|PostgreSQL) .*");
  }

  @Test
  void theOpenApiDocumentIsServedWithTheReleaseVersion() {
    TestServer.Response r = server().get("/api/v1/openapi.json");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("openapi").asText()).isEqualTo("3.0.3");
    assertThat(r.json().get("info").get("version").asText()).doesNotContain("${");
  }

  @Test
  void metricsCountAnsweredRequestsInPrometheusText() {
    server().get("/api/v1/health");

    TestServer.Response r = server().get("/api/v1/metrics");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Type")).startsWith("text/plain; version=0.0.4");
    assertThat(r.body())
        .contains("# TYPE veracity_http_requests_total counter")
        .containsPattern(
            "veracity_http_requests_total\\{method=\"GET\",route=\"/api/v1/health\","
                + "status=\"200\"} [1-9]")
        .contains(
            "veracity_http_request_duration_seconds_bucket{route=\"/api/v1/health\",le=\"+Inf\"}");
  }

  @Test
  void whoamiNamesTheKeyAndItsRole() {
    TestServer.Response r = server().get("/api/v1/whoami", REVIEWER);

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("name").asText()).isEqualTo("rita");
    assertThat(r.json().get("role").asText()).isEqualTo("reviewer");
  }

  @Test
  void whoamiWithoutAKeyIsAnonymousAndSaysWhatIsOpen() {
    JsonNode body = server().get("/api/v1/whoami").json();

    assertThat(body.get("name").asText()).isEqualTo("anonymous");
    assertThat(body.has("role")).isFalse();
    assertThat(body.get("anonymous_checks").asBoolean()).isTrue();
    assertThat(body.get("open_reads").asBoolean()).isTrue();
  }

  @Test
  void anUnknownKeyIsRefusedWith401EvenWhereNoKeyIsNeeded() {
    TestServer.Response r = server().get("/api/v1/whoami", TestServer.bearer("vk_nobody"));

    assertThat(r.status()).isEqualTo(401);
    assertThat(r.json().get("code").asText()).isEqualTo("invalid_key");
    assertThat(r.header("WWW-Authenticate")).isEqualTo("Bearer");
  }

  // --- checks

  @Test
  void postingTextAnswers201WithTheSameReportAsTheCli() {
    String text = "The mayor said on Monday that unemployment fell to 4.2 percent last year.";

    TestServer.Response r = server().post("/api/v1/checks", textBody(text));

    assertThat(r.status()).isEqualTo(201);
    JsonNode body = r.json();
    assertThat(r.header("Location")).isEqualTo("/api/v1/checks/" + body.get("id").asText());
    JsonNode expected =
        ReportJson.toTree(TestServer.veracity().check(Article.ofText(text), "text"));
    assertThat(body.get("report").get("input")).isEqualTo(expected.get("input"));
    assertThat(body.get("report").get("claims")).isEqualTo(expected.get("claims"));
    assertThat(body.get("text").asText()).isEqualTo(text);
    assertThat(body.get("created_by").asText()).isEqualTo("anonymous");
  }

  @Test
  void theExampleArticleIsCheckedWithClaimsAndComments() throws Exception {
    TestServer.Response r = server().post("/api/v1/checks", textBody(example()));

    assertThat(r.status()).isEqualTo(201);
    JsonNode report = r.json().get("report");
    assertThat(report.get("input").get("characters").asInt()).isEqualTo(example().length());
    assertThat(report.get("claims").get("article").size()).isPositive();
    assertThat(report.get("comments").isObject()).isTrue();
  }

  @Test
  void postingHtmlExtractsTheArticleAndItsTitle() {
    String html =
        "<html><head><title>Council votes on budget</title></head><body><article>"
            + "<p>The council voted 7 to 2 on Tuesday to approve a budget of 3 million dollars"
            + " for road repairs.</p><p>The mayor said the work will start in March and finish"
            + " by the end of the year.</p></article></body></html>";

    TestServer.Response r =
        server()
            .post(
                "/api/v1/checks",
                "{\"html\":"
                    + ReportJson.compact(TextNode.valueOf(html))
                    + ",\"source_url\":\"https://news.example.org/budget\"}");

    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.json().get("title").asText()).isEqualTo("Council votes on budget");
    assertThat(r.json().get("domain").asText()).isEqualTo("news.example.org");
    assertThat(r.json().get("text").asText()).contains("The council voted 7 to 2");
  }

  @Test
  void aUrlOnLoopbackIsRefusedWithoutBeingFetched() {
    TestServer.Response r =
        server().post("/api/v1/checks", "{\"url\":\"http://127.0.0.1:" + server().port + "/\"}");

    assertThat(r.status()).isEqualTo(422);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    assertThat(r.json().get("code").asText()).isEqualTo("fetch_refused");
  }

  @Test
  void theCloudMetadataAddressIsRefused() {
    TestServer.Response r =
        server().post("/api/v1/checks", "{\"url\":\"http://169.254.169.254/latest/meta-data/\"}");

    assertThat(r.json().get("code").asText()).isEqualTo("fetch_refused");
  }

  @Test
  void aBodyWithTwoInputsIsABadRequest() {
    TestServer.Response r = server().post("/api/v1/checks", "{\"text\":\"a\",\"url\":\"b\"}");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("code").asText()).isEqualTo("invalid_request");
    assertThat(r.json().get("type").asText())
        .isEqualTo("https://veracity.dev/problems/invalid_request");
  }

  @Test
  void malformedJsonIsABadRequestWithoutAStackTrace() {
    TestServer.Response r = server().post("/api/v1/checks", "{\"text\": ");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("code").asText()).isEqualTo("invalid_json");
    assertThat(r.body()).doesNotContain("at com.").doesNotContain("Exception");
  }

  @Test
  void blankTextIsRefusedAsEmpty() {
    TestServer.Response r = server().post("/api/v1/checks", textBody("   \n "));

    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().get("code").asText()).isEqualTo("empty");
  }

  @Test
  void checksAreListedNewestFirstInPages() {
    String older = newCheck("First listed article about the harbour.");
    String newer = newCheck("Second listed article about the harbour.");

    JsonNode page = server().get("/api/v1/checks?limit=2").json();

    assertThat(page.get("limit").asInt()).isEqualTo(2);
    assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(2);
    assertThat(page.get("items").get(0).get("id").asText()).isEqualTo(newer);
    assertThat(page.get("items").get(1).get("id").asText()).isEqualTo(older);
    assertThat(page.get("items").get(0).has("report")).isFalse();
  }

  @Test
  void aListedCheckCarriesItsReportsDigest() throws Exception {
    JsonNode report = server().post("/api/v1/checks", textBody(example())).json().get("report");

    JsonNode digest =
        server().get("/api/v1/checks?limit=1").json().get("items").get(0).get("digest");

    assertThat(digest.get("claims").asInt()).isEqualTo(report.get("claims").get("article").size());
    assertThat(digest.get("comments").asInt())
        .isEqualTo(report.get("comments").get("comments").size());
    assertThat(digest.get("spam_comments").asInt())
        .isEqualTo(report.get("comments").get("spam").asInt());
  }

  @Test
  void aPageSizeOutOfRangeIsABadRequest() {
    TestServer.Response r = server().get("/api/v1/checks?limit=0");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("code").asText()).isEqualTo("invalid_parameter");
  }

  @Test
  void aStoredCheckIsFetchedWithItsTextReportAndVerdicts() {
    String id = newCheck("Water boils at 100 degrees at sea level, the teacher said.");

    TestServer.Response r = server().get("/api/v1/checks/" + id);

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("id").asText()).isEqualTo(id);
    assertThat(r.json().get("report").get("schema").asText()).isEqualTo("veracity.check/1");
    assertThat(r.json().get("text").asText()).startsWith("Water boils");
    assertThat(r.json().get("verdicts").size()).isZero();
  }

  @Test
  void anUnknownCheckIs404WithItsCode() {
    TestServer.Response r = server().get("/api/v1/checks/no-such-id");

    assertThat(r.status()).isEqualTo(404);
    assertThat(r.json().get("code").asText()).isEqualTo("check_not_found");
    assertThat(r.json().get("instance").asText()).isEqualTo("/api/v1/checks/no-such-id");
  }

  @Test
  void claimsOfACheckAreTheReportsClaimsWithIndexes() throws Exception {
    TestServer.Response created = server().post("/api/v1/checks", textBody(example()));
    String id = created.json().get("id").asText();
    JsonNode reported = created.json().get("report").get("claims").get("article");

    JsonNode claims = server().get("/api/v1/checks/" + id + "/claims").json();

    assertThat(claims.get("check_id").asText()).isEqualTo(id);
    assertThat(claims.get("article").size()).isEqualTo(reported.size());
    assertThat(claims.get("article").get(1).get("index").asInt()).isEqualTo(1);
    assertThat(claims.get("article").get(1).get("text")).isEqualTo(reported.get(1).get("text"));
  }

  // --- verdicts

  @Test
  void aReviewerRecordsAVerdictOnTheArticle() {
    String id = newCheck("The bridge will close for repairs in May, officials said.");

    TestServer.Response r =
        server()
            .post(
                "/api/v1/checks/" + id + "/verdicts",
                "{\"label\":\"mostly_true\",\"note\":\"Closure confirmed; date moved.\"}",
                REVIEWER);

    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.json().get("reviewer").asText()).isEqualTo("rita");
    assertThat(r.json().get("label").asText()).isEqualTo("mostly_true");
    assertThat(r.json().has("claim_index")).isFalse();
    assertThat(server().get("/api/v1/checks/" + id).json().get("verdicts").get(0).get("id"))
        .isEqualTo(r.json().get("id"));
  }

  @Test
  void aVerdictOnAClaimKeepsTheClaimsSentence() throws Exception {
    TestServer.Response created = server().post("/api/v1/checks", textBody(example()));
    String id = created.json().get("id").asText();
    String sentence =
        created.json().get("report").get("claims").get("article").get(0).get("text").asText();

    TestServer.Response r =
        server()
            .post(
                "/api/v1/checks/" + id + "/verdicts",
                "{\"label\":\"false\",\"claim_index\":0}",
                ADMIN);

    assertThat(r.status()).isEqualTo(201);
    assertThat(r.json().get("claim_index").asInt()).isZero();
    assertThat(r.json().get("claim_text").asText()).isEqualTo(sentence);
  }

  @Test
  void aVerdictWithoutAKeyNeedsOne() {
    String id = newCheck("The library opens on Sundays from next month.");

    TestServer.Response r =
        server().post("/api/v1/checks/" + id + "/verdicts", "{\"label\":\"true\"}");

    assertThat(r.status()).isEqualTo(401);
    assertThat(r.json().get("code").asText()).isEqualTo("key_required");
  }

  @Test
  void aReaderKeyMayNotRecordVerdicts() {
    String id = newCheck("The library opens on Mondays from next month.");

    TestServer.Response r =
        server().post("/api/v1/checks/" + id + "/verdicts", "{\"label\":\"true\"}", READER);

    assertThat(r.status()).isEqualTo(403);
    assertThat(r.json().get("code").asText()).isEqualTo("forbidden");
  }

  @Test
  void anUnknownLabelIsABadRequest() {
    String id = newCheck("The museum gets 2 million visitors a year.");

    TestServer.Response r =
        server().post("/api/v1/checks/" + id + "/verdicts", "{\"label\":\"fake\"}", REVIEWER);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("code").asText()).isEqualTo("invalid_label");
  }

  @Test
  void aClaimIndexPastTheReportsClaimsIsRefused() {
    String id = newCheck("The museum gets 3 million visitors a year.");

    TestServer.Response r =
        server()
            .post(
                "/api/v1/checks/" + id + "/verdicts",
                "{\"label\":\"true\",\"claim_index\":99}",
                REVIEWER);

    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().get("code").asText()).isEqualTo("claim_not_found");
  }

  @Test
  void aVerdictOnAnUnknownCheckIs404() {
    TestServer.Response r =
        server().post("/api/v1/checks/nope/verdicts", "{\"label\":\"true\"}", REVIEWER);

    assertThat(r.status()).isEqualTo(404);
    assertThat(r.json().get("code").asText()).isEqualTo("check_not_found");
  }

  @Test
  void theVerdictsOfACheckAreListedOldestFirst() {
    String id = newCheck("The port handled 40 ships last week.");
    server().post("/api/v1/checks/" + id + "/verdicts", "{\"label\":\"mixed\"}", REVIEWER);
    server().post("/api/v1/checks/" + id + "/verdicts", "{\"label\":\"true\"}", ADMIN);

    JsonNode items = server().get("/api/v1/checks/" + id + "/verdicts").json().get("items");

    assertThat(items.size()).isEqualTo(2);
    assertThat(items.get(0).get("label").asText()).isEqualTo("mixed");
    assertThat(items.get(1).get("reviewer").asText()).isEqualTo("admin");
  }

  @Test
  void allVerdictsAreListedNewestFirst() {
    String id = newCheck("The port handled 50 ships last week.");
    String verdict =
        server()
            .post("/api/v1/checks/" + id + "/verdicts", "{\"label\":\"unproven\"}", REVIEWER)
            .json()
            .get("id")
            .asText();

    JsonNode page = server().get("/api/v1/verdicts?limit=1").json();

    assertThat(page.get("items").get(0).get("id").asText()).isEqualTo(verdict);
    assertThat(page.get("total").asLong()).isPositive();
  }

  @Test
  void verdictsAreExportedAsClaimReviewJsonLd() {
    String id = newCheck("The new stadium seats 90,000 people, the club said.");
    server()
        .post(
            "/api/v1/checks/" + id + "/verdicts",
            "{\"label\":\"false\",\"note\":\"It seats 60,000.\"}",
            REVIEWER);

    TestServer.Response r = server().get("/api/v1/claimreviews?check_id=" + id);

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Type")).startsWith("application/ld+json");
    JsonNode review = r.json().get("@graph").get(0);
    assertThat(r.json().get("@context").asText()).isEqualTo("https://schema.org");
    assertThat(review.get("@type").asText()).isEqualTo("ClaimReview");
    assertThat(review.get("reviewRating").get("ratingValue").asInt()).isEqualTo(1);
    assertThat(review.get("reviewRating").get("alternateName").asText()).isEqualTo("False");
    assertThat(review.get("reviewBody").asText()).isEqualTo("It seats 60,000.");
    assertThat(review.get("author").get("name").asText()).isEqualTo("rita");
  }

  // --- lookups

  @Test
  void factCheckSearchIs503WhenNoStoreIsConfigured() {
    TestServer.Response r = server().get("/api/v1/factchecks?q=5G+spreads+viruses");

    assertThat(r.status()).isEqualTo(503);
    assertThat(r.json().get("code").asText()).isEqualTo("factchecks_unavailable");
  }

  @Test
  void sourceLookupIs503WhenNoListsAreLoaded() {
    TestServer.Response r = server().get("/api/v1/sources/example.org");

    assertThat(r.status()).isEqualTo(503);
    assertThat(r.json().get("code").asText()).isEqualTo("sources_unavailable");
  }

  // --- keys and audit

  @Test
  void anAdminCreatesAKeyThatWorksAtOnceAndIsShownOnce() {
    TestServer.Response created =
        server().post("/api/v1/keys", "{\"name\":\"desk-1\",\"role\":\"reviewer\"}", ADMIN);

    assertThat(created.status()).isEqualTo(201);
    String secret = created.json().get("key").asText();
    assertThat(secret).startsWith("vk_");
    JsonNode me = server().get("/api/v1/whoami", TestServer.bearer(secret)).json();
    assertThat(me.get("name").asText()).isEqualTo("desk-1");
    assertThat(server().get("/api/v1/keys", ADMIN).body())
        .contains("desk-1")
        .doesNotContain(secret);
  }

  @Test
  void aKeyNameIsUnique() {
    server().post("/api/v1/keys", "{\"name\":\"twice\",\"role\":\"reader\"}", ADMIN);

    TestServer.Response r =
        server().post("/api/v1/keys", "{\"name\":\"twice\",\"role\":\"reader\"}", ADMIN);

    assertThat(r.status()).isEqualTo(409);
    assertThat(r.json().get("code").asText()).isEqualTo("key_exists");
  }

  @Test
  void aRevokedKeyIsRefused() {
    String secret =
        server()
            .post("/api/v1/keys", "{\"name\":\"leaving\",\"role\":\"reader\"}", ADMIN)
            .json()
            .get("key")
            .asText();

    TestServer.Response revoked = server().delete("/api/v1/keys/leaving", ADMIN);

    assertThat(revoked.status()).isEqualTo(204);
    assertThat(server().get("/api/v1/whoami", TestServer.bearer(secret)).status()).isEqualTo(401);
    assertThat(server().delete("/api/v1/keys/leaving", ADMIN).status()).isEqualTo(404);
  }

  @Test
  void keysAreListedForAdminsOnly() {
    TestServer.Response r = server().get("/api/v1/keys", REVIEWER);

    assertThat(r.status()).isEqualTo(403);
    assertThat(server().get("/api/v1/keys", ADMIN).json().get("items").size())
        .isGreaterThanOrEqualTo(3);
  }

  @Test
  void theAuditTrailRecordsWhoDidWhat() {
    String id = newCheck("The town planted 500 trees this spring.");
    String verdict =
        server()
            .post("/api/v1/checks/" + id + "/verdicts", "{\"label\":\"true\"}", REVIEWER)
            .json()
            .get("id")
            .asText();

    JsonNode events = server().get("/api/v1/audit?limit=100", ADMIN).json().get("items");

    assertThat(events)
        .anySatisfy(
            e -> {
              assertThat(e.get("action").asText()).isEqualTo("verdict.create");
              assertThat(e.get("subject").asText()).isEqualTo(verdict);
              assertThat(e.get("actor").asText()).isEqualTo("rita");
            });
    assertThat(events)
        .anySatisfy(
            e -> {
              assertThat(e.get("action").asText()).isEqualTo("check.create");
              assertThat(e.get("subject").asText()).isEqualTo(id);
            });
    assertThat(server().get("/api/v1/audit", REVIEWER).status()).isEqualTo(403);
  }

  // --- the rest

  @Test
  void anUnknownPathIsAProblemDocument() {
    TestServer.Response r = server().get("/api/v1/nothing-here");

    assertThat(r.status()).isEqualTo(404);
    assertThat(r.json().get("code").asText()).isEqualTo("not_found");
  }

  @Test
  void aWrongMethodIs405() {
    TestServer.Response r = server().delete("/api/v1/checks");

    assertThat(r.status()).isEqualTo(405);
    assertThat(r.json().get("code").asText()).isEqualTo("method_not_allowed");
  }
}
