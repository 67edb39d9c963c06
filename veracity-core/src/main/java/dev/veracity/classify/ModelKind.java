package dev.veracity.classify;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.veracity.text.WordTokenizer;
import java.util.Locale;

/** Which default reliability model fits a text: full articles or short statements and posts. */
public enum ModelKind {
  /** News articles (title and body), trained on pooled article corpora. */
  ARTICLES("dev/veracity/classify/reliability-articles.json"),
  /** Single statements and social-media posts, trained on LIAR and CONSTRAINT. */
  STATEMENTS("dev/veracity/classify/reliability-statements.json");

  /** Texts with at most this many word tokens count as statements. */
  public static final int STATEMENT_MAX_TOKENS = 80;

  private final String resource;

  ModelKind(String resource) {
    this.resource = resource;
  }

  /** The classpath location of the default model. */
  public String resource() {
    return resource;
  }

  /** The lower-case name used in JSON and on the command line. */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind named {@code id} ({@code articles} or {@code statements}). */
  public static ModelKind of(String id) {
    for (ModelKind k : values()) {
      if (k.id().equals(id)) {
        return k;
      }
    }
    throw new IllegalArgumentException("kind must be articles or statements, got '" + id + "'");
  }

  /**
   * {@link #STATEMENTS} for texts of at most {@link #STATEMENT_MAX_TOKENS} tokens, else articles.
   */
  public static ModelKind forText(String text) {
    return new WordTokenizer().tokenize(text).size() <= STATEMENT_MAX_TOKENS
        ? STATEMENTS
        : ARTICLES;
  }
}
