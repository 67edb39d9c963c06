package dev.veracity.html.extract;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/** Small text steps shared by the extractor's parts: whitespace and markup removal. */
final class PlainText {

  private static final Pattern TAG_LIKE = Pattern.compile("<[A-Za-z/!?]");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u200b\\ufeff]+");

  private PlainText() {}

  /** Collapses runs of whitespace (including no-break and zero-width spaces) and trims. */
  static String collapse(String text) {
    return SPACES.matcher(text).replaceAll(" ").strip();
  }

  /**
   * Returns {@code text} with any markup removed: values from attributes, JSON-LD and RCDATA
   * elements such as {@code <title>} may hold raw tags, and output must never carry HTML.
   *
   * <p>Tags are parsed away twice (for entity-escaped markup); a tag-like {@code <} that survives
   * becomes {@code ‹} so that no consumer can mistake the text for markup.
   */
  static String withoutMarkup(String text) {
    String result = text;
    for (int round = 0; round < 2 && TAG_LIKE.matcher(result).find(); round++) {
      result = Jsoup.parseBodyFragment(result).text();
    }
    if (TAG_LIKE.matcher(result).find()) {
      result = TAG_LIKE.matcher(result).replaceAll(m -> "\u2039" + m.group().substring(1));
    }
    return result;
  }

  /** A metadata value cleaned to one line of text; empty when nothing is left. */
  static Optional<String> field(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String clean = collapse(withoutMarkup(raw));
    return clean.isEmpty() ? Optional.empty() : Optional.of(clean);
  }
}
