package dev.veracity.input;

import java.util.Locale;
import java.util.Objects;

/**
 * An input that cannot be checked: unreadable, empty, binary, too large, or a refused URL.
 *
 * <p>{@link #getMessage()} names the input: {@code "<source>: <detail>"}.
 */
public final class InputException extends Exception {

  /** Why an input was refused; the lower-case {@link #id()} is part of the JSON error format. */
  public enum Code {
    /** Nothing but white space. */
    EMPTY,
    /** Not text: a PDF, an image, an archive or other binary data. */
    BINARY,
    /** Over a size cap. */
    TOO_LARGE,
    /** Bytes that are not text in any supported encoding. */
    ENCODING,
    /** Exists but cannot be read (permissions, a corrupt gzip stream, an I/O error). */
    UNREADABLE,
    /** No such file. */
    NOT_FOUND,
    /** A URL Veracity will not fetch (scheme, port, private or loopback address). */
    FETCH_REFUSED,
    /** A fetch that failed (DNS, connection, timeout, HTTP status, too many redirects). */
    FETCH_FAILED,
    /** A kind of input or content type Veracity does not handle. */
    UNSUPPORTED;

    /** The lower-case name used in JSON, e.g. {@code "not_found"}. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final Code code;
  private final String source;
  private final String detail;

  /**
   * An input error.
   *
   * @param code why
   * @param source the input's name as the user gave it
   * @param detail what went wrong, for a person; never contains raw input content
   */
  public InputException(Code code, String source, String detail) {
    this(code, source, detail, null);
  }

  /** An input error with its low-level cause. */
  public InputException(Code code, String source, String detail, Throwable cause) {
    super(
        Objects.requireNonNull(source, "source") + ": " + Objects.requireNonNull(detail, "detail"),
        cause);
    this.code = Objects.requireNonNull(code, "code");
    this.source = source;
    this.detail = detail;
  }

  /** Why the input was refused. */
  public Code code() {
    return code;
  }

  /** The input's name as the user gave it. */
  public String source() {
    return source;
  }

  /** What went wrong, without the input's name. */
  public String detail() {
    return detail;
  }
}
