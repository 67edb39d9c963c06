package dev.veracity.input;

/** What kind of text an input holds. */
public enum Format {
  /** Plain text. */
  TEXT,
  /** An HTML page, to be passed through an article reader before checking. */
  HTML
}
