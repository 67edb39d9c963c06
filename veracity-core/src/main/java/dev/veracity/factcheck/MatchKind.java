package dev.veracity.factcheck;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Which retrieval found a fact-check for a claim. */
public enum MatchKind {
  /** Shared words (BM25). */
  LEXICAL,
  /** Close meaning (sentence embeddings). */
  SEMANTIC;

  /** The lower-case id used in JSON. */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
