package dev.veracity.article;

import java.util.List;
import java.util.Optional;

/**
 * Recognises paragraphs written wholly inside quotation marks, with an optional dash line naming
 * the speaker ("— Jane Doe").
 */
final class QuotedParagraphs {

  /** Whether {@code c} opens a quotation. */
  static boolean isOpening(char c) {
    return c == '“' || c == '"' || c == '«' || c == '„' || c == '‘' || c == '\'';
  }

  /** Whether {@code c} closes a quotation. */
  static boolean isClosing(char c) {
    return c == '”' || c == '"' || c == '»' || c == '“' || c == '’' || c == '\'';
  }

  /** Whether the line {@code last}, the end of a paragraph, closes a quotation. */
  static boolean endsQuotation(Line last) {
    int e = last.length() - 1;
    if (e > 0 && (last.charAt(e) == '.' || last.charAt(e) == ',')) {
      e--;
    }
    return e > 0 && isClosing(last.charAt(e));
  }

  /**
   * A paragraph that is one whole quotation.
   *
   * @param speaker who the dash line names, when there is one
   */
  record Quotation(Optional<String> speaker) {}

  /** {@code block} as one whole quotation, or empty when it is not one. */
  Optional<Quotation> whole(List<Line> lines, Block block) {
    Line first = lines.get(block.first());
    if (first.length() < 2 || !isOpening(first.charAt(0))) {
      return Optional.empty();
    }
    int lastQuoted = block.last();
    Optional<String> speaker = Optional.empty();
    Line last = lines.get(block.last());
    if (block.last() > block.first() && isDash(last.charAt(0))) {
      speaker = Optional.of(last.text().substring(1).strip()).filter(s -> !s.isEmpty());
      lastQuoted--;
    }
    if (!endsQuotation(lines.get(lastQuoted))) {
      return Optional.empty();
    }
    // A closing mark before the end means narration follows a quote ("…,” he said. “…”).
    for (int i = block.first(); i <= lastQuoted; i++) {
      Line line = lines.get(i);
      int limit = i == lastQuoted ? line.length() - 2 : line.length();
      for (int k = i == block.first() ? 1 : 0; k < limit; k++) {
        char c = line.charAt(k);
        if (c == '”' || c == '"' || c == '»') {
          return Optional.empty();
        }
      }
    }
    return Optional.of(new Quotation(speaker));
  }

  private static boolean isDash(char c) {
    return c == '—' || c == '–' || c == '―' || c == '-';
  }

  @Override
  public String toString() {
    return "QuotedParagraphs";
  }
}
