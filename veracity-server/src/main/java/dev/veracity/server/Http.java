package dev.veracity.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.Optional;

/** Small helpers shared by the API handlers: query parameters and JSON answers. */
final class Http {

  /** Default page size of listings. */
  static final int DEFAULT_LIMIT = 20;

  /** Largest page size of listings. */
  static final int MAX_LIMIT = 100;

  private Http() {}

  /** Answers with JSON. */
  static void json(Context ctx, int status, JsonNode body) {
    ctx.status(status).contentType("application/json").result(Json.write(body));
  }

  /**
   * The {@code limit} query parameter: 1 to {@value #MAX_LIMIT}, default {@value #DEFAULT_LIMIT}.
   */
  static int limit(Context ctx) {
    return intParam(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
  }

  /** The {@code offset} query parameter: 0 to 1,000,000, default 0. */
  static int offset(Context ctx) {
    return intParam(ctx, "offset", 0, 0, 1_000_000);
  }

  /** An optional query parameter, blank counting as absent. */
  static Optional<String> query(Context ctx, String name) {
    return Optional.ofNullable(ctx.queryParam(name)).filter(v -> !v.isBlank());
  }

  static int intParam(Context ctx, String name, int fallback, int min, int max) {
    Optional<String> text = query(ctx, name);
    if (text.isEmpty()) {
      return fallback;
    }
    int value;
    try {
      value = Integer.parseInt(text.get().strip());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(
          "invalid_parameter", name + " must be an integer, got " + shorten(text.get()));
    }
    if (value < min || value > max) {
      throw ApiException.badRequest(
          "invalid_parameter", name + " must be " + min + "-" + max + ", got " + value);
    }
    return value;
  }

  /** A client-supplied value cut short enough to quote in a problem's detail. */
  static String shorten(String value) {
    String oneLine = value.replaceAll("\\p{Cntrl}", "?");
    return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 80) + "…";
  }
}
