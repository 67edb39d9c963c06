package dev.veracity.claim;

import dev.veracity.text.Span;
import java.util.Objects;
import java.util.Optional;

/**
 * One piece of readable evidence about a sentence's check-worthiness.
 *
 * @param id stable cue identifier, e.g. {@code date}
 * @param description a human-readable reason, e.g. {@code contains a date: 2014}
 * @param span where the evidence is, when it is a stretch of text; offsets into the text the cue
 *     was found in
 */
public record Cue(String id, String description, Optional<Span> span) {

  /** Validates non-null components. */
  public Cue {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(span, "span");
  }

  /** This cue with its span moved right by {@code offset} characters. */
  public Cue shift(int offset) {
    return new Cue(id, description, span.map(s -> new Span(s.start() + offset, s.end() + offset)));
  }
}
