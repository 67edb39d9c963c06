package dev.veracity.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veracity.server.security.Caller;
import dev.veracity.source.NotADomainException;
import dev.veracity.source.SourceJson;
import dev.veracity.source.SourceRatings;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Source ratings and fact-check search: lookups that store nothing. Thread-safe. */
final class LookupApi {

  /** The longest fact-check query accepted. */
  static final int MAX_QUERY_CHARS = 2000;

  private final Optional<SourceRatings> sources;
  private final Optional<FactCheckSearch> factChecks;

  LookupApi(Optional<SourceRatings> sources, Optional<FactCheckSearch> factChecks) {
    this.sources = sources;
    this.factChecks = factChecks;
  }

  List<Route> routes() {
    return List.of(
        new Route("GET", "/api/v1/sources/{domain}", Route.Access.READ, this::source),
        new Route("GET", "/api/v1/factchecks", Route.Access.READ, this::factChecks));
  }

  private void source(Context ctx, Caller caller) {
    SourceRatings ratings =
        sources.orElseThrow(
            () ->
                unavailable(
                    "sources_unavailable",
                    "Source ratings unavailable",
                    "no source-rating lists are loaded (serve with --datasets)"));
    String domain = ctx.pathParam("domain");
    try {
      Http.json(ctx, 200, SourceJson.toTree(domain, ratings.rate(domain)));
    } catch (NotADomainException e) {
      throw new ApiException(
          422, "not_a_domain", "Not a domain", Http.shorten(domain) + " names no site");
    }
  }

  private void factChecks(Context ctx, Caller caller) {
    FactCheckSearch search =
        factChecks.orElseThrow(
            () ->
                unavailable(
                    "factchecks_unavailable",
                    "Fact-checks unavailable",
                    "no fact-check store is configured"));
    String query =
        Http.query(ctx, "q")
            .orElseThrow(
                () -> ApiException.badRequest("invalid_parameter", "q (the claim) is required"));
    if (query.length() > MAX_QUERY_CHARS) {
      throw ApiException.badRequest(
          "invalid_parameter", "q is longer than " + MAX_QUERY_CHARS + " characters");
    }
    int limit = Http.intParam(ctx, "limit", 5, 1, 50);
    ArrayNode results = search.search(query, limit);
    ObjectNode answer = Json.object();
    answer.put("query", query);
    answer.set("results", results);
    Http.json(ctx, 200, answer);
  }

  private static ApiException unavailable(String code, String title, String detail) {
    return new ApiException(503, code, title, detail, Map.of());
  }
}
