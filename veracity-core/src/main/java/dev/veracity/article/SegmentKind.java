package dev.veracity.article;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What part of a page a stretch of text is. */
public enum SegmentKind {
  /** The headline. */
  TITLE,
  /** The article's own prose. */
  BODY,
  /** A passage the article quotes from another source. */
  QUOTE,
  /** One reader's comment. */
  COMMENT,
  /** Page furniture: badges, bylines, share and subscribe prompts, comment forms, credits. */
  BOILERPLATE;

  /** The lower-case name used in JSON reports. */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
