package dev.veracity.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veracity.server.security.ApiKeys;
import dev.veracity.server.security.Caller;
import dev.veracity.server.security.Role;
import dev.veracity.server.store.ApiKey;
import dev.veracity.server.store.AuditEvent;
import dev.veracity.server.store.Page;
import dev.veracity.server.store.ServiceStore;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** API keys and the audit trail, for admin keys. Thread-safe. */
final class AdminApi {

  private final ServiceStore store;
  private final Clock clock;

  AdminApi(ServiceStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  List<Route> routes() {
    return List.of(
        new Route("POST", "/api/v1/keys", Route.Access.ADMIN, this::createKey),
        new Route("GET", "/api/v1/keys", Route.Access.ADMIN, this::listKeys),
        new Route("DELETE", "/api/v1/keys/{name}", Route.Access.ADMIN, this::revokeKey),
        new Route("GET", "/api/v1/audit", Route.Access.ADMIN, this::audit));
  }

  private void createKey(Context ctx, Caller caller) {
    ObjectNode body = Json.parseObject(ctx.bodyAsBytes());
    String name = body.path("name").asText("");
    try {
      ApiKeys.requireName(name);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("invalid_request", e.getMessage());
    }
    JsonNode roleNode = body.path("role");
    Role role =
        Role.fromId(roleNode.asText(""))
            .orElseThrow(
                () ->
                    ApiException.badRequest(
                        "invalid_request", "\"role\" must be reader, reviewer or admin"));
    String secret = ApiKeys.newSecret();
    ApiKey key =
        new ApiKey(name, role, clock.instant().truncatedTo(ChronoUnit.MICROS), Optional.empty());
    if (!store.saveKey(key, ApiKeys.hash(secret), caller.name())) {
      throw new ApiException(409, "key_exists", "Key exists", "a key named " + name + " exists");
    }
    ObjectNode answer = keyJson(key);
    answer.put("key", secret);
    ctx.header("Cache-Control", "no-store");
    Http.json(ctx, 201, answer);
  }

  private void listKeys(Context ctx, Caller caller) {
    ArrayNode items = Json.array();
    store.listKeys().forEach(k -> items.add(keyJson(k)));
    ObjectNode answer = Json.object();
    answer.set("items", items);
    Http.json(ctx, 200, answer);
  }

  private void revokeKey(Context ctx, Caller caller) {
    String name = ctx.pathParam("name");
    if (!store.revokeKey(name, clock.instant().truncatedTo(ChronoUnit.MICROS), caller.name())) {
      throw ApiException.notFound(
          "key_not_found", "no unrevoked key is named " + Http.shorten(name));
    }
    ctx.status(204);
  }

  private void audit(Context ctx, Caller caller) {
    Page<AuditEvent> page = store.listAudit(Http.limit(ctx), Http.offset(ctx));
    ArrayNode items = Json.array();
    for (AuditEvent e : page.items()) {
      ObjectNode o = items.addObject();
      o.put("id", e.id());
      o.put("at", e.at().toString());
      o.put("actor", e.actor());
      o.put("action", e.action());
      o.put("subject", e.subject());
      e.detail().ifPresent(d -> o.put("detail", d));
    }
    Http.json(ctx, 200, ChecksApi.pageJson(items, page));
  }

  private static ObjectNode keyJson(ApiKey key) {
    ObjectNode o = Json.object();
    o.put("name", key.name());
    o.put("role", key.role().id());
    o.put("created_at", key.createdAt().toString());
    key.revokedAt().ifPresent(r -> o.put("revoked_at", r.toString()));
    return o;
  }
}
