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

  /** Whether the paragraph's text (its last line is {@code last}) ends a quotation. */
  static boolean endsQuotation(String last) {
    int e = last.length() - 1;
    if (e > 0 && (last.charAt(e) == '.' || last.charAt(e) == ',')) {
      e--;
    }
    return e > 0 && isClosing(last.charAt(e));
  }

  /**
   * The speaker when {@code block} is one whole quotation: empty optional inside when nobody is
   * named, an empty result when the block is not a whole quotation.
   */
  Optional<Optional<String>> whole(List<Line> lines, Block block) {
    String first = lines.get(block.first()).text();
    if (first.length() < 2 || !isOpening(first.charAt(0))) {
      return Optional.empty();
    }
    int lastQuoted = block.last();
    Optional<String> speaker = Optional.empty();
    String lastText = lines.get(block.last()).text();
    if (block.last() > block.first() && isDash(lastText.charAt(0))) {
      speaker = Optional.of(lastText.substring(1).strip()).filter(s -> !s.isEmpty());
      lastQuoted--;
    }
    if (!endsQuotation(lines.get(lastQuoted).text())) {
      return Optional.empty();
    }
    // A closing mark before the end means narration follows a quote ("…,” he said. “…”).
    for (int i = block.first(); i <= lastQuoted; i++) {
      String t = lines.get(i).text();
      int limit = i == lastQuoted ? t.length() - 2 : t.length();
      for (int k = i == block.first() ? 1 : 0; k < limit; k++) {
        char c = t.charAt(k);
        if (c == '”' || c == '"' || c == '»') {
          return Optional.empty();
        }
      }
    }
    return Optional.of(speaker);
  }

  private static boolean isDash(char c) {
    return c == '—' || c == '–' || c == '―' || c == '-';
  }

  @Override
  public String toString() {
    return "QuotedParagraphs";
  }
}
