package dev.veracity.server;

import dev.veracity.server.security.Caller;
import io.javalin.http.Context;
import java.util.Objects;

/**
 * One API endpoint: method, path template (Javalin and OpenAPI share the {@code {name}} syntax),
 * who may call it, and its handler.
 *
 * @param method {@code GET}, {@code POST} or {@code DELETE}
 * @param path the full path template, e.g. {@code /api/v1/checks/{id}}
 * @param access who may call it
 * @param handler what it does, given the authenticated caller
 */
record Route(String method, String path, Access access, Handler handler) {

  /** Validates. */
  Route {
    if (!method.equals("GET") && !method.equals("POST") && !method.equals("DELETE")) {
      throw new IllegalArgumentException("method must be GET, POST or DELETE, got " + method);
    }
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(handler, "handler");
  }

  /** Whether calls count against the caller's rate limit (every write does). */
  boolean isWrite() {
    return !method.equals("GET");
  }

  /** Handles one request for an authenticated, authorised caller. */
  @FunctionalInterface
  interface Handler {
    void handle(Context ctx, Caller caller) throws Exception;
  }

  /** Who may call an endpoint. */
  enum Access {
    /** Anyone: health, readiness, the OpenAPI document, metrics, whoami. */
    PUBLIC,
    /** Anyone when reads are open (the default), else a reader key. */
    READ,
    /** Anyone when anonymous checks are allowed (loopback default), else a reader key. */
    SUBMIT,
    /** A reviewer or admin key. */
    REVIEW,
    /** An admin key. */
    ADMIN
  }
}
