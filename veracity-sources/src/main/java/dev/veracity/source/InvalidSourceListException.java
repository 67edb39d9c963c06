package dev.veracity.source;

import java.io.IOException;

/** A rating list that cannot be used as written: the message names the file and line. */
public final class InvalidSourceListException extends IOException {

  /** A malformed list; {@code message} is {@code "<file>:<line>: <what is wrong>"}. */
  public InvalidSourceListException(String message) {
    super(message);
  }
}
