package dev.veracity.train.data;

/** A corpus or JSON-lines file does not have the expected format. */
public final class DataFormatException extends Exception {

  /** With a message naming the file and what is wrong. */
  public DataFormatException(String message) {
    super(message);
  }

  /** With a message and cause. */
  public DataFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
