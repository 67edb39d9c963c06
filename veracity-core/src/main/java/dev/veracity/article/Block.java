package dev.veracity.article;

/**
 * A run of consecutive lines that belong together: a paragraph of prose or one labelled line.
 *
 * @param first index of the first line
 * @param last index of the last line (inclusive)
 * @param verdict the verdict shared by its lines
 */
record Block(int first, int last, LineVerdict verdict) {

  /** Validates the line range. */
  Block {
    if (first < 0 || last < first) {
      throw new IllegalArgumentException("bad line range [" + first + ", " + last + "]");
    }
  }

  LineLabel label() {
    return verdict.label();
  }
}
