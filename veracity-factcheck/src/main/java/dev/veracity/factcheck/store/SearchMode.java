package dev.veracity.factcheck.store;

import java.util.Locale;

/** Which rankings a search uses. */
public enum SearchMode {
  /** BM25 over the claim and the review title only. */
  LEXICAL,
  /** Nearest sentence embeddings only. */
  SEMANTIC,
  /** Both, fused by reciprocal rank. */
  FUSED;

  /** The lower-case id used on the command line. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
