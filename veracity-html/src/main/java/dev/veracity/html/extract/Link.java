package dev.veracity.html.extract;

import java.util.Objects;

/**
 * A hyperlink inside an extracted paragraph.
 *
 * @param text the anchor text as it appears in the paragraph; never null, may be empty
 * @param href the link target, made absolute when the page location is known; never null
 */
public record Link(String text, String href) {

  /** Validates that no component is null. */
  public Link {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(href, "href");
  }
}
