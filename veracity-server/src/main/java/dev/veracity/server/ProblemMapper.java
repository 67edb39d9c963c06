package dev.veracity.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veracity.input.InputException;
import dev.veracity.server.store.StoreException;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where the server turns failures into responses: an RFC 9457 problem document
 * ({@code application/problem+json}) with {@code type}, {@code title}, {@code status}, {@code
 * detail}, {@code instance} and a stable {@code code}, never a stack trace.
 *
 * <p>Refused requests ({@link ApiException}, {@link InputException}, Javalin's own 4xx) are
 * answered as they are; database failures are 503 {@code store_unavailable}; anything else is a
 * bug: 500 {@code internal} with a reference id that is logged with the stack trace. Thread-safe.
 */
final class ProblemMapper {

  /** Problem types are this prefix plus the code. */
  static final String TYPE_PREFIX = "https://veracity.dev/problems/";

  static final String CONTENT_TYPE = "application/problem+json";

  /** Marks a response that already holds a problem, so status handlers leave it alone. */
  private static final String WRITTEN = "veracity.problem";

  private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

  private final Metrics metrics;

  ProblemMapper(Metrics metrics) {
    this.metrics = metrics;
  }

  /** Answers {@code ctx} with the problem for {@code e}. */
  void handle(Exception e, Context ctx) {
    ApiException problem = toProblem(e);
    if (problem.status() >= 500) {
      metrics.countError(problem.code());
    }
    write(ctx, problem);
  }

  /** Answers a status Javalin set without an exception (no route, wrong method). */
  void handleStatus(Context ctx) {
    if (ctx.attribute(WRITTEN) != null) {
      return;
    }
    int status = ctx.statusCode();
    if (status == 404) {
      write(
          ctx,
          ApiException.notFound("not_found", "no resource at " + ctx.method() + " " + ctx.path()));
    } else if (status == 405) {
      write(
          ctx,
          new ApiException(
              405,
              "method_not_allowed",
              "Method not allowed",
              ctx.method() + " is not allowed on " + ctx.path()));
    }
  }

  static ApiException toProblem(Exception e) {
    if (e instanceof ApiException) {
      return (ApiException) e;
    }
    if (e instanceof InputException) {
      InputException input = (InputException) e;
      int status = input.code() == InputException.Code.TOO_LARGE ? 413 : 422;
      return new ApiException(status, input.code().id(), "Input refused", input.getMessage());
    }
    if (e instanceof HttpResponseException) {
      HttpResponseException http = (HttpResponseException) e;
      int status = http.getStatus();
      if (status == 413) {
        return new ApiException(
            413, "body_too_large", "Request body too large", "the request body is too large");
      }
      if (status == 404) {
        return ApiException.notFound("not_found", "no resource at this path");
      }
      if (status == 405) {
        return new ApiException(
            405, "method_not_allowed", "Method not allowed", "this path does not allow the method");
      }
      if (status >= 400 && status < 500) {
        return new ApiException(
            status, "http_" + status, "Request refused", String.valueOf(http.getMessage()));
      }
    }
    if (e instanceof StoreException) {
      String ref = UUID.randomUUID().toString();
      LOG.error("store failure, reference {}", ref, e);
      return new ApiException(
          503,
          "store_unavailable",
          "Store unavailable",
          "the database failed; retry later (reference " + ref + ")",
          Map.of("Retry-After", "5"));
    }
    String ref = UUID.randomUUID().toString();
    LOG.error("internal error, reference {}", ref, e);
    return new ApiException(
        500,
        "internal",
        "Internal error",
        "internal error (a bug: please report it with reference " + ref + ")");
  }

  private static void write(Context ctx, ApiException problem) {
    ctx.attribute(WRITTEN, Boolean.TRUE);
    ObjectNode body = Json.object();
    body.put("type", TYPE_PREFIX + problem.code());
    body.put("title", problem.title());
    body.put("status", problem.status());
    body.put("detail", problem.getMessage());
    body.put("instance", ctx.path());
    body.put("code", problem.code());
    problem.headers().forEach(ctx::header);
    ctx.status(problem.status()).contentType(CONTENT_TYPE).result(Json.write(body));
  }
}
