package dev.veracity.factcheck.store;

import java.io.IOException;

/** An index on disk that this version cannot search: another encoder or an unknown layout. */
public final class IncompatibleIndexException extends IOException {

  /** An exception with a message naming the index and what is wrong. */
  public IncompatibleIndexException(String message) {
    super(message);
  }
}
