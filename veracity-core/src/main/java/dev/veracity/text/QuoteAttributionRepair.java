package dev.veracity.text;

/**
 * Joins a split after a quoted question or exclamation followed by a lowercase word, as in news
 * attributions: "\"Are you serious?\" she asked."
 */
final class QuoteAttributionRepair implements SplitRepair {

  private static final String CLOSING_QUOTES = "\"'\u201D\u2019\u00BB";

  @Override
  public boolean joins(CharSequence text, Span before, Span after) {
    if (!Character.isLowerCase(SplitRepair.first(text, after))) {
      return false;
    }
    int end = before.end();
    int quotes = 0;
    while (end > before.start() && CLOSING_QUOTES.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
      quotes++;
    }
    return quotes > 0
        && end > before.start()
        && (text.charAt(end - 1) == '?' || text.charAt(end - 1) == '!');
  }

  @Override
  public String toString() {
    return "quoted question + attribution";
  }
}
