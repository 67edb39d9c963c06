package dev.veracity.html.extract;

/** What a block of the extracted body is. */
public enum ParagraphKind {
  /** Running text. */
  PARAGRAPH,
  /** A heading inside the body (the page title itself is not part of the body). */
  HEADING,
  /** A block quotation. */
  QUOTE,
  /** One item of a list. */
  LIST_ITEM
}
