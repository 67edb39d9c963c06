package dev.veracity.factcheck.imports;

/** One record that cannot become a fact-check; its message is the reject's reason. */
final class BadRecordException extends Exception {

  BadRecordException(String reason) {
    super(reason);
  }
}
