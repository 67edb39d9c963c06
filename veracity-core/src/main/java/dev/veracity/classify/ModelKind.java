package dev.veracity.classify;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.veracity.text.WordTokenizer;
import java.util.Locale;

/**
 * Which default reliability model fits a text: full articles, short political statements, or short
 * social-media posts.
 */
public enum ModelKind {
  /** News articles (title and body), trained on pooled article corpora. */
  ARTICLES("dev/veracity/classify/reliability-articles.json"),
  /** Single political statements, trained on LIAR. */
  STATEMENTS("dev/veracity/classify/reliability-statements.json"),
  /** Short social-media posts, trained on CONSTRAINT (COVID-19 posts). */
  POSTS("dev/veracity/classify/reliability-posts.json");

  /** Texts with at most this many word tokens are short: a statement or a post. */
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

  /** The kind named {@code id} ({@code articles}, {@code statements} or {@code posts}). */
  public static ModelKind of(String id) {
    for (ModelKind k : values()) {
      if (k.id().equals(id)) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "kind must be articles, statements or posts, got '" + id + "'");
  }

  /**
   * {@link #ARTICLES} for texts of more than {@link #STATEMENT_MAX_TOKENS} tokens, else the kind
   * {@code router} picks for the short text.
   */
  public static ModelKind forText(String text, ShortTextRouter router) {
    return isShort(text) ? router.route(text) : ARTICLES;
  }

  /** Whether {@code text} has at most {@link #STATEMENT_MAX_TOKENS} word tokens. */
  public static boolean isShort(String text) {
    return new WordTokenizer().tokenize(text).size() <= STATEMENT_MAX_TOKENS;
  }
}
