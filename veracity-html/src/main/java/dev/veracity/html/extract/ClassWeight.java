package dev.veracity.html.extract;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Hints from class names and ids: positive for article containers, negative for page furniture.
 *
 * <p>Patterns follow Arc90 Readability (Mozilla's Readability.js), extended with the furniture of
 * today's news sites (share bars, newsletters, recirculation widgets, cookie banners).
 */
final class ClassWeight {

  static final Pattern POSITIVE =
      Pattern.compile(
          "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story",
          Pattern.CASE_INSENSITIVE);
  static final Pattern NEGATIVE =
      Pattern.compile(
          "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer"
              + "|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox"
              + "|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|nav|subscribe|newsletter"
              + "|cookie|social|recirc|taboola|popup|modal|signup",
          Pattern.CASE_INSENSITIVE);

  /** Removed before scoring unless also matching {@link #MAYBE_CANDIDATE} (Readability's list). */
  static final Pattern UNLIKELY =
      Pattern.compile(
          "-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra"
              + "|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar"
              + "|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup"
              + "|yom-remote|newsletter|subscribe|cookie|share|recirc|taboola|outbrain",
          Pattern.CASE_INSENSITIVE);

  static final Pattern MAYBE_CANDIDATE =
      Pattern.compile("and|article|body|column|content|main|shadow", Pattern.CASE_INSENSITIVE);

  private ClassWeight() {}

  /** The element's class and id joined by a space. */
  static String signature(Element element) {
    return element.className() + " " + element.id();
  }

  /** +25 per positive and -25 per negative match of class and of id, as Readability does. */
  static int of(Element element) {
    int weight = 0;
    String className = element.className();
    if (!className.isEmpty()) {
      if (NEGATIVE.matcher(className).find()) {
        weight -= 25;
      }
      if (POSITIVE.matcher(className).find()) {
        weight += 25;
      }
    }
    String id = element.id();
    if (!id.isEmpty()) {
      if (NEGATIVE.matcher(id).find()) {
        weight -= 25;
      }
      if (POSITIVE.matcher(id).find()) {
        weight += 25;
      }
    }
    return weight;
  }
}
