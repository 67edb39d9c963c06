package dev.veracity.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veracity.input.InputException;
import dev.veracity.report.CheckReport;
import dev.veracity.server.security.Caller;
import dev.veracity.server.store.CheckSummary;
import dev.veracity.server.store.Page;
import dev.veracity.server.store.ServiceStore;
import dev.veracity.server.store.StoredCheck;
import dev.veracity.server.store.Verdict;
import dev.veracity.server.store.VerdictLabel;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * Checks, their claims, reviewer verdicts, and the verdicts as schema.org ClaimReview JSON-LD.
 * Thread-safe.
 */
final class ChecksApi {

  /** The longest reviewer note accepted. */
  static final int MAX_NOTE_CHARS = 8000;

  private final CheckService checks;
  private final ServiceStore store;
  private final Metrics metrics;
  private final Clock clock;

  ChecksApi(CheckService checks, ServiceStore store, Metrics metrics, Clock clock) {
    this.checks = Objects.requireNonNull(checks, "checks");
    this.store = Objects.requireNonNull(store, "store");
    this.metrics = Objects.requireNonNull(metrics, "metrics");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  List<Route> routes() {
    return List.of(
        new Route("POST", "/api/v1/checks", Route.Access.SUBMIT, this::submit),
        new Route("GET", "/api/v1/checks", Route.Access.READ, this::list),
        new Route("GET", "/api/v1/checks/{id}", Route.Access.READ, this::fetch),
        new Route("GET", "/api/v1/checks/{id}/claims", Route.Access.READ, this::claims),
        new Route("POST", "/api/v1/checks/{id}/verdicts", Route.Access.REVIEW, this::addVerdict),
        new Route("GET", "/api/v1/checks/{id}/verdicts", Route.Access.READ, this::verdictsOf),
        new Route("GET", "/api/v1/verdicts", Route.Access.READ, this::listVerdicts),
        new Route("GET", "/api/v1/claimreviews", Route.Access.READ, this::claimReviews));
  }

  private void submit(Context ctx, Caller caller) throws InputException {
    ObjectNode body = Json.parseObject(ctx.bodyAsBytes());
    CheckService.Submission submission = checks.read(body);
    CheckReport report = checks.check(submission);
    ObjectNode reportJson = CheckService.reportJson(report);
    String text = submission.article().text();
    CheckSummary summary =
        new CheckSummary(
            UUID.randomUUID().toString(),
            now(),
            caller.name(),
            submission.source(),
            submission.article().title(),
            submission.article().domain(),
            text.length(),
            report.input().sha256(),
            Json.write(digest(reportJson)));
    StoredCheck stored = new StoredCheck(summary, text, report.schema(), Json.write(reportJson));
    store.saveCheck(stored);
    metrics.countCheck();
    ObjectNode answer = checkJson(summary, text, reportJson, List.of());
    ctx.header("Location", "/api/v1/checks/" + summary.id());
    Http.json(ctx, 201, answer);
  }

  private void list(Context ctx, Caller caller) {
    Page<CheckSummary> page = store.listChecks(Http.limit(ctx), Http.offset(ctx));
    ArrayNode items = Json.array();
    page.items().forEach(s -> items.add(summaryJson(s)));
    Http.json(ctx, 200, pageJson(items, page));
  }

  private void fetch(Context ctx, Caller caller) {
    StoredCheck check = find(ctx.pathParam("id"));
    List<Verdict> verdicts = store.verdictsOf(check.id());
    Http.json(
        ctx,
        200,
        checkJson(check.summary(), check.text(), Json.parseStored(check.reportJson()), verdicts));
  }

  private void claims(Context ctx, Caller caller) {
    StoredCheck check = find(ctx.pathParam("id"));
    JsonNode claims = Json.parseStored(check.reportJson()).path("claims");
    ObjectNode answer = Json.object();
    answer.put("check_id", check.id());
    answer.set("article", indexed(claims.path("article")));
    answer.set("comments", indexed(claims.path("comments")));
    Http.json(ctx, 200, answer);
  }

  private void addVerdict(Context ctx, Caller caller) {
    String checkId = ctx.pathParam("id");
    ObjectNode body = Json.parseObject(ctx.bodyAsBytes());
    JsonNode labelNode = body.path("label");
    VerdictLabel label =
        VerdictLabel.fromId(labelNode.asText(""))
            .filter(l -> labelNode.isTextual())
            .orElseThrow(
                () ->
                    ApiException.badRequest(
                        "invalid_label",
                        "\"label\" must be one of true, mostly_true, mixed, mostly_false, false,"
                            + " unproven"));
    Optional<String> note = Optional.empty();
    if (body.hasNonNull("note")) {
      if (!body.get("note").isTextual() || body.get("note").asText().length() > MAX_NOTE_CHARS) {
        throw ApiException.badRequest(
            "invalid_request", "\"note\" must be a string of at most " + MAX_NOTE_CHARS + " chars");
      }
      note = Optional.of(body.get("note").asText()).filter(n -> !n.isBlank());
    }
    StoredCheck check = find(checkId);
    OptionalInt claimIndex = OptionalInt.empty();
    Optional<String> claimText = Optional.empty();
    if (body.hasNonNull("claim_index")) {
      JsonNode claims = Json.parseStored(check.reportJson()).path("claims").path("article");
      JsonNode index = body.get("claim_index");
      if (!index.canConvertToInt() || !index.isIntegralNumber()) {
        throw ApiException.badRequest("invalid_request", "\"claim_index\" must be an integer");
      }
      int i = index.asInt();
      if (i < 0 || i >= claims.size()) {
        throw new ApiException(
            422,
            "claim_not_found",
            "No such claim",
            "check " + checkId + " lists " + claims.size() + " article claims; no index " + i);
      }
      claimIndex = OptionalInt.of(i);
      claimText = Optional.of(claims.get(i).path("text").asText());
    }
    Verdict verdict =
        new Verdict(
            UUID.randomUUID().toString(),
            checkId,
            claimIndex,
            claimText,
            label,
            note,
            caller.name(),
            now());
    if (!store.saveVerdict(verdict)) {
      throw checkNotFound(checkId);
    }
    metrics.countVerdict();
    ctx.header("Location", "/api/v1/checks/" + checkId + "/verdicts");
    Http.json(ctx, 201, verdictJson(verdict));
  }

  private void verdictsOf(Context ctx, Caller caller) {
    StoredCheck check = find(ctx.pathParam("id"));
    ArrayNode items = Json.array();
    store.verdictsOf(check.id()).forEach(v -> items.add(verdictJson(v)));
    ObjectNode answer = Json.object();
    answer.put("check_id", check.id());
    answer.set("items", items);
    Http.json(ctx, 200, answer);
  }

  private void listVerdicts(Context ctx, Caller caller) {
    Page<Verdict> page = store.listVerdicts(Http.limit(ctx), Http.offset(ctx));
    ArrayNode items = Json.array();
    page.items().forEach(v -> items.add(verdictJson(v)));
    Http.json(ctx, 200, pageJson(items, page));
  }

  private void claimReviews(Context ctx, Caller caller) {
    Optional<String> checkId = Http.query(ctx, "check_id");
    List<Verdict> verdicts;
    if (checkId.isPresent()) {
      find(checkId.get());
      verdicts = store.verdictsOf(checkId.get());
    } else {
      verdicts = store.listVerdicts(Http.limit(ctx), Http.offset(ctx)).items();
    }
    ArrayNode graph = Json.array();
    for (Verdict v : verdicts) {
      Optional<StoredCheck> check = store.findCheck(v.checkId());
      check.ifPresent(c -> graph.add(ClaimReviews.of(v, c.summary())));
    }
    ObjectNode answer = Json.object();
    answer.put("@context", "https://schema.org");
    answer.set("@graph", graph);
    ctx.status(200).contentType("application/ld+json").result(Json.write(answer));
  }

  private StoredCheck find(String id) {
    return store.findCheck(id).orElseThrow(() -> checkNotFound(id));
  }

  private static ApiException checkNotFound(String id) {
    return ApiException.notFound("check_not_found", "no check has id " + Http.shorten(id));
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private static ArrayNode indexed(JsonNode claims) {
    ArrayNode out = Json.array();
    for (int i = 0; i < claims.size(); i++) {
      ObjectNode claim = Json.object();
      claim.put("index", i);
      claim.setAll((ObjectNode) claims.get(i));
      out.add(claim);
    }
    return out;
  }

  static ObjectNode checkJson(
      CheckSummary summary, String text, JsonNode report, List<Verdict> verdicts) {
    ObjectNode answer = summaryJson(summary);
    answer.put("text", text);
    answer.set("report", report);
    ArrayNode items = Json.array();
    verdicts.forEach(v -> items.add(verdictJson(v)));
    answer.set("verdicts", items);
    return answer;
  }

  static ObjectNode summaryJson(CheckSummary s) {
    ObjectNode o = Json.object();
    o.put("id", s.id());
    o.put("created_at", s.createdAt().toString());
    o.put("created_by", s.createdBy());
    o.put("source", s.source());
    s.title().ifPresent(t -> o.put("title", t));
    s.domain().ifPresent(d -> o.put("domain", d));
    o.put("chars", s.chars());
    o.put("text_sha256", s.textSha256());
    o.set("digest", Json.parseStored(s.digest()));
    return o;
  }

  /**
   * What a listing shows of a report: how many claims it lists and how many are check-worthy, how
   * many comments and how many flagged as spam, and the report's overall {@code verdict} object
   * when it has one.
   */
  static ObjectNode digest(JsonNode report) {
    ObjectNode d = Json.object();
    JsonNode claims = report.path("claims").path("article");
    int worthy = 0;
    for (JsonNode c : claims) {
      worthy += c.path("check_worthy").asBoolean(false) ? 1 : 0;
    }
    d.put("claims", claims.size());
    d.put("check_worthy_claims", worthy);
    JsonNode comments = report.path("comments");
    d.put("comments", comments.path("comments").size());
    d.put("spam_comments", comments.path("spam").asInt(0));
    if (report.path("verdict").isObject()) {
      d.set("verdict", report.get("verdict"));
    }
    return d;
  }

  static ObjectNode verdictJson(Verdict v) {
    ObjectNode o = Json.object();
    o.put("id", v.id());
    o.put("check_id", v.checkId());
    v.claimIndex().ifPresent(i -> o.put("claim_index", i));
    v.claimText().ifPresent(t -> o.put("claim_text", t));
    o.put("label", v.label().id());
    v.note().ifPresent(n -> o.put("note", n));
    o.put("reviewer", v.reviewer());
    o.put("created_at", v.createdAt().toString());
    return o;
  }

  static <T> ObjectNode pageJson(ArrayNode items, Page<T> page) {
    ObjectNode o = Json.object();
    o.set("items", items);
    o.put("total", page.total());
    o.put("limit", page.limit());
    o.put("offset", page.offset());
    return o;
  }
}
