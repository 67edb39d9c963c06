package dev.veracity.model;

/** A model file could not be read: missing, malformed, or made for other features. */
public final class InvalidModelException extends Exception {

  /** With a message naming what is wrong. */
  public InvalidModelException(String message) {
    super(message);
  }

  /** With a message and the underlying cause. */
  public InvalidModelException(String message, Throwable cause) {
    super(message, cause);
  }
}
