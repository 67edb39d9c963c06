package dev.veracity.server.store;

/** The database failed (unreachable, full, a constraint it should not have hit). */
public final class StoreException extends RuntimeException {

  /** A failure with its JDBC cause. */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
