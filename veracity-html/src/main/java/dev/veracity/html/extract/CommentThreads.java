package dev.veracity.html.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Finds readers' comments: WordPress ({@code li.comment}, {@code .comment-body}), Disqus's rendered
 * markup ({@code #disqus_thread li.post}), schema.org {@code Comment} microdata and generic threads
 * whose items carry a class or id such as {@code comment} or {@code comment-42}.
 *
 * <p>A reply's depth is the number of enclosing comment items, or WordPress's {@code depth-N} class
 * when present. Stateless; the document is not modified.
 */
final class CommentThreads {

  private static final String ITEM_QUERY =
      "li.comment, article.comment, div.comment, li.comment-item, div.comment-item,"
          + " article.comment-item, [itemtype~=(?i)schema.org/(User)?Comment$],"
          + " #disqus_thread li.post, [id~=^(div-)?comment-\\d+$], [id~=^comment_\\d+$],"
          + " [class~=(^|\\s)(c-comment|js-comment|comment-entry|comment-wrapper|commentItem)($|\\s)],"
          + " .comment-thread > li, .comments-list > li, .comment-list > li, ol.commentlist > li,"
          + " [class~=(^|\\s)[\\w-]+-comment($|\\s)], .commento-card, tr.comtr";

  private static final String THREAD_QUERY =
      "#disqus_thread, #comments, .comments-area, .comment-list, .commentlist, #respond,"
          + " .comment-respond, [itemtype~=(?i)schema.org/(User)?Comments?$]";

  private static final String TEXT_QUERY =
      "[itemprop=commentText], [itemprop=text], .comment-content, .comment__content,"
          + " .comment-body-text, .comment-message, .post-message, .comment__body, .comment-text,"
          + " .comment_text, .commentText, [class*=comment-content], .commento-body, .commtext,"
          + " .comment-body";

  private static final String AUTHOR_QUERY =
      ".comment-author .fn, .comment-author [itemprop=name], [itemprop=author] [itemprop=name],"
          + " [itemprop=author], .post-byline .author, .comment-author, .comment__author,"
          + " .comment-author-name, .author-name, .username, .user-name, .author, cite.fn, .fn,"
          + " [class*=author-name], [class*=comment-username], .commento-name, cite.user,"
          + " .hnuser, [class*=username]";

  private static final String DATE_QUERY =
      "time[datetime], [itemprop=dateCreated], [itemprop=datePublished], [datetime], .comment-date,"
          + " .comment__date, .comment-metadata a, .comment-meta a, a.time-ago, .post-meta a,"
          + " .timestamp, .date, .datetime, .age, .commento-timeago, [class*=comment-date]";

  private static final String NOT_TEXT =
      ".reply, .comment-reply-link, .comment-meta, .comment-metadata, .comment-author,"
          + " .comment__author, .comment__date, .post-byline, .post-meta, .comment-actions,"
          + " .comment-footer, .vcard, .says, .edit-link, .comment-awaiting-moderation,"
          + " .comment-date, .author, .username, .user-name, .timestamp, .date, time, button,"
          + " footer, header, script, style, form, [class*=reply-link], [class*=comment-author],"
          + " [class*=comment-date], [class*=comment-username]";

  private static final Evaluator ITEM = QueryParser.parse(ITEM_QUERY);
  private static final List<Evaluator> TEXT = inPriority(TEXT_QUERY);
  private static final List<Evaluator> AUTHOR = inPriority(AUTHOR_QUERY);
  private static final List<Evaluator> DATE = inPriority(DATE_QUERY);
  private static final Evaluator SKIPPED_IN_ITEM = QueryParser.parse(NOT_TEXT);
  private static final Pattern DEPTH_CLASS = Pattern.compile("(?:^|\\s)depth-(\\d{1,4})(?:\\s|$)");
  private static final int MAX_ITEMS = 2000;
  private static final int MAX_DEPTH = 1000;

  private CommentThreads() {}

  /** The comments of {@code doc} in page order; empty when the page has no comment section. */
  static List<PageComment> extract(Document doc) {
    Elements found = doc.select(ITEM);
    if (found.isEmpty()) {
      return List.of();
    }
    List<Element> candidates = found.subList(0, Math.min(found.size(), MAX_ITEMS));
    Set<Element> items = identitySet();
    items.addAll(candidates);
    Set<Element> kept = identitySet();
    List<Element> keptInOrder = new ArrayList<>();
    for (Element item : candidates) {
      if (!PlainText.collapse(text(item, items, false)).isEmpty()) {
        kept.add(item);
        keptInOrder.add(item);
      }
    }
    // A wrapper item without text of its own (WordPress's li.comment around the
    // article.comment-body) is the same comment as the item inside it: depth counts it once.
    Map<Element, Element> unitOf = new IdentityHashMap<>();
    Set<Element> units = identitySet();
    for (Element item : keptInOrder) {
      Element unit = item;
      Element up = item.parent();
      while (up != null && items.contains(up) && !kept.contains(up) && !units.contains(up)) {
        unit = up;
        up = up.parent();
      }
      unitOf.put(item, unit);
      units.add(unit);
    }
    List<PageComment> comments = new ArrayList<>();
    for (Element item : keptInOrder) {
      Optional<Element> body = first(item, TEXT, items);
      String text = PlainText.withoutMarkup(lines(text(body.orElse(item), items, true))).strip();
      if (text.isEmpty()) {
        continue;
      }
      comments.add(
          new PageComment(
              first(item, AUTHOR, items).flatMap(e -> PlainText.field(e.text())),
              first(item, DATE, items).flatMap(CommentThreads::dateOf),
              text,
              depth(unitOf.get(item), units)));
    }
    return comments;
  }

  /**
   * Removes the comment items and the usual thread containers from {@code doc}, so that body
   * extraction never mistakes a long thread for the article.
   */
  static void removeThreads(Document doc) {
    doc.select(THREAD_QUERY).remove();
    doc.select(ITEM).remove();
  }

  /** The selectors of a comma-separated query, each parsed alone, most specific first. */
  private static List<Evaluator> inPriority(String query) {
    return Stream.of(query.split(",")).map(String::strip).map(QueryParser::parse).toList();
  }

  /** The first element found by the first of {@code queries} that finds any. */
  private static Optional<Element> first(
      Element item, List<Evaluator> queries, Set<Element> items) {
    for (Evaluator query : queries) {
      Optional<Element> found = first(item, query, items);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Set<Element> identitySet() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }

  private static int depth(Element unit, Set<Element> units) {
    Matcher m = DEPTH_CLASS.matcher(unit.className());
    if (m.find()) {
      return Math.max(0, Integer.parseInt(m.group(1)) - 1);
    }
    // Flat tables of comments (Hacker News) state the depth in an indent attribute.
    Element indent = unit.selectFirst("[indent~=^\\d{1,3}$]");
    if (indent != null) {
      return Integer.parseInt(indent.attr("indent"));
    }
    int depth = 0;
    Element up = unit.parent();
    for (int i = 0; up != null && i < MAX_DEPTH; i++) {
      if (units.contains(up)) {
        depth++;
      }
      up = up.parent();
    }
    return depth;
  }

  /**
   * The text under {@code root} outside nested comment items, with {@code \n} before paragraphs and
   * line breaks.
   *
   * @param clean whether to drop author, date, reply-link and other action elements
   */
  private static String text(Element root, Set<Element> items, boolean clean) {
    StringBuilder out = new StringBuilder();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Element e && node != root) {
              if (items.contains(e)) {
                return FilterResult.SKIP_ENTIRELY;
              }
              if (clean && e.is(SKIPPED_IN_ITEM)) {
                return FilterResult.SKIP_ENTIRELY;
              }
              if (e.normalName().equals("p") || e.normalName().equals("br")) {
                out.append('\n');
              }
            } else if (node instanceof TextNode t) {
              out.append(t.getWholeText());
            }
            return FilterResult.CONTINUE;
          }
        },
        root);
    return out.toString();
  }

  private static String lines(String raw) {
    StringBuilder text = new StringBuilder();
    for (String line : raw.split("\n")) {
      String collapsed = PlainText.collapse(line);
      if (!collapsed.isEmpty()) {
        if (text.length() > 0) {
          text.append('\n');
        }
        text.append(collapsed);
      }
    }
    return text.toString();
  }

  /** The first element under {@code item}, outside nested items, that matches {@code query}. */
  private static Optional<Element> first(Element item, Evaluator query, Set<Element> items) {
    Element[] found = new Element[1];
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element e) || node == item) {
              return FilterResult.CONTINUE;
            }
            if (items.contains(e)) {
              return FilterResult.SKIP_ENTIRELY;
            }
            if (e.is(query)) {
              found[0] = e;
              return FilterResult.STOP;
            }
            return FilterResult.CONTINUE;
          }
        },
        item);
    return Optional.ofNullable(found[0]);
  }

  private static Optional<String> dateOf(Element element) {
    for (String attribute : new String[] {"datetime", "content", "title"}) {
      if (element.hasAttr(attribute)) {
        Optional<String> value = PlainText.field(element.attr(attribute));
        if (value.isPresent()) {
          return value;
        }
      }
    }
    return PlainText.field(element.text());
  }
}
