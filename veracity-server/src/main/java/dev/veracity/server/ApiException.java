package dev.veracity.server;

import java.util.Map;
import java.util.Objects;

/**
 * A request the API refuses, with the problem document it answers with (RFC 9457).
 *
 * <p>{@link #getMessage()} is the problem's {@code detail}: written for the client, never holding a
 * stack trace, a secret or raw submitted content.
 */
public final class ApiException extends RuntimeException {

  private final int status;
  private final String code;
  private final String title;
  private final Map<String, String> headers;

  /**
   * A problem.
   *
   * @param status the HTTP status, 400-599
   * @param code a stable lower-case code, e.g. {@code check_not_found}
   * @param title a short summary that is the same for every occurrence of {@code code}
   * @param detail what happened this time
   * @param headers extra response headers, e.g. {@code Retry-After}
   */
  public ApiException(
      int status, String code, String title, String detail, Map<String, String> headers) {
    super(Objects.requireNonNull(detail, "detail"));
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be 400-599, got " + status);
    }
    this.status = status;
    this.code = Objects.requireNonNull(code, "code");
    this.title = Objects.requireNonNull(title, "title");
    this.headers = Map.copyOf(headers);
  }

  /** A problem without extra headers. */
  public ApiException(int status, String code, String title, String detail) {
    this(status, code, title, detail, Map.of());
  }

  /** 400: the request is malformed. */
  public static ApiException badRequest(String code, String detail) {
    return new ApiException(400, code, "Bad request", detail);
  }

  /** 404: no such thing. */
  public static ApiException notFound(String code, String detail) {
    return new ApiException(404, code, "Not found", detail);
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The stable code. */
  public String code() {
    return code;
  }

  /** The short summary. */
  public String title() {
    return title;
  }

  /** Extra response headers. */
  public Map<String, String> headers() {
    return headers;
  }
}
