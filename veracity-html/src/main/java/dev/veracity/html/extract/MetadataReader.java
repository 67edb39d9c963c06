package dev.veracity.html.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's self-description: schema.org JSON-LD first, then Open Graph and {@code <meta>}
 * tags, then markup conventions ({@code <h1>}, {@code rel=author}, {@code <time>}).
 *
 * <p>Thread-safe.
 */
final class MetadataReader {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_JSON_LD_CHARS = 2_000_000;
  private static final Pattern ARTICLE_TYPE =
      Pattern.compile("(?i).*(article|blogposting|posting|report|review)$");
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»]\\s+");
  private static final int MAX_BYLINE_CHARS = 200;

  private MetadataReader() {}

  /** Reads what {@code doc} declares; the document is not modified. */
  static PageMetadata read(Document doc) {
    Optional<JsonNode> ld = articleJsonLd(doc);
    Optional<String> title =
        firstOf(
            ld.flatMap(n -> text(n, "headline")),
            meta(doc, "og:title"),
            meta(doc, "twitter:title"),
            Optional.ofNullable(doc.selectFirst("h1")).flatMap(h -> PlainText.field(h.text())),
            PlainText.field(doc.title()).map(MetadataReader::withoutSiteSuffix));
    Optional<String> byline =
        firstOf(
            ld.flatMap(n -> names(n.get("author"))),
            meta(doc, "author"),
            meta(doc, "article:author").filter(a -> !a.startsWith("http")),
            meta(doc, "byl"),
            markupByline(doc));
    Optional<String> published =
        firstOf(
            ld.flatMap(n -> text(n, "datePublished")),
            meta(doc, "article:published_time"),
            meta(doc, "datePublished"),
            meta(doc, "pubdate"),
            meta(doc, "publishdate"),
            meta(doc, "date"),
            meta(doc, "dc.date.issued"),
            meta(doc, "dc.date"),
            meta(doc, "sailthru.date"),
            meta(doc, "parsely-pub-date"),
            ld.flatMap(n -> text(n, "dateCreated")),
            attribute(doc, "time[itemprop=datePublished]", "datetime"),
            attribute(doc, "time[pubdate]", "datetime"),
            attribute(doc, "article time[datetime]", "datetime"),
            attribute(doc, "time[datetime]", "datetime"));
    Optional<String> siteName =
        firstOf(
            meta(doc, "og:site_name"),
            ld.flatMap(n -> Optional.ofNullable(n.get("publisher")))
                .flatMap(p -> p.isObject() ? text(p, "name") : Optional.empty()),
            meta(doc, "application-name"));
    Optional<String> canonical =
        firstOf(
            attribute(doc, "link[rel=canonical]", "abs:href"),
            meta(doc, "og:url"),
            ld.flatMap(n -> text(n, "url")));
    Optional<String> language =
        firstOf(
            attribute(doc, "html[lang]", "lang"),
            attribute(doc, "meta[http-equiv=content-language]", "content"),
            ld.flatMap(n -> text(n, "inLanguage")),
            meta(doc, "og:locale").map(l -> l.replace('_', '-')));
    Optional<String> articleBody = ld.flatMap(n -> bodyText(n.get("articleBody")));
    return new PageMetadata(title, byline, published, siteName, canonical, language, articleBody);
  }

  /** The first JSON-LD object whose {@code @type} is an article kind, searching {@code @graph}. */
  private static Optional<JsonNode> articleJsonLd(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      String data = script.data();
      if (data.length() > MAX_JSON_LD_CHARS) {
        continue;
      }
      JsonNode root;
      try {
        root = JSON.readTree(data);
      } catch (JsonProcessingException e) {
        // Broken JSON-LD is common and harmless: the markup is still read below.
        continue;
      }
      Optional<JsonNode> found = findArticle(root);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<JsonNode> findArticle(JsonNode root) {
    List<JsonNode> queue = new ArrayList<>();
    queue.add(root);
    // Breadth-first and bounded: JSON-LD nests articles in @graph, arrays and mainEntity.
    for (int i = 0; i < queue.size() && i < 500; i++) {
      JsonNode node = queue.get(i);
      if (node == null) {
        continue;
      }
      if (node.isArray()) {
        node.forEach(queue::add);
      } else if (node.isObject()) {
        if (isArticleType(node.get("@type"))) {
          return Optional.of(node);
        }
        queue.add(node.get("@graph"));
        queue.add(node.get("mainEntity"));
      }
    }
    return Optional.empty();
  }

  private static boolean isArticleType(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (t.isTextual() && ARTICLE_TYPE.matcher(t.asText()).matches()) {
          return true;
        }
      }
      return false;
    }
    return type.isTextual() && ARTICLE_TYPE.matcher(type.asText()).matches();
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null) {
      return Optional.empty();
    }
    if (value.isArray() && !value.isEmpty()) {
      value = value.get(0);
    }
    if (value.isObject()) {
      value = value.has("@id") ? value.get("@id") : value.get("name");
    }
    return value != null && value.isValueNode()
        ? PlainText.field(value.asText())
        : Optional.empty();
  }

  private static Optional<String> bodyText(JsonNode value) {
    if (value == null || !value.isTextual()) {
      return Optional.empty();
    }
    String body = PlainText.withoutMarkup(value.asText()).strip();
    return body.isEmpty() ? Optional.empty() : Optional.of(body);
  }

  /** Author names from a JSON-LD author value: a string, a Person, or an array of them. */
  private static Optional<String> names(JsonNode author) {
    if (author == null) {
      return Optional.empty();
    }
    List<JsonNode> people = new ArrayList<>();
    if (author.isArray()) {
      author.forEach(people::add);
    } else {
      people.add(author);
    }
    String joined =
        people.stream()
            .map(
                p ->
                    p.isObject()
                        ? Optional.ofNullable(p.get("name"))
                            .filter(JsonNode::isTextual)
                            .map(JsonNode::asText)
                        : p.isTextual() ? Optional.of(p.asText()) : Optional.<String>empty())
            .flatMap(Optional::stream)
            .flatMap(n -> PlainText.field(n).stream())
            .filter(n -> !n.startsWith("http"))
            .distinct()
            .collect(Collectors.joining(", "));
    return joined.isEmpty() ? Optional.empty() : Optional.of(joined);
  }

  private static Optional<String> markupByline(Document doc) {
    for (String query :
        new String[] {
          "[itemprop=author] [itemprop=name]",
          "[itemprop=author]",
          "[rel=author]",
          ".byline",
          "[class*=byline]",
          ".author"
        }) {
      Element found = doc.selectFirst(query);
      if (found != null) {
        Optional<String> text =
            PlainText.field(found.hasAttr("content") ? found.attr("content") : found.text())
                .filter(t -> t.length() <= MAX_BYLINE_CHARS);
        if (text.isPresent()) {
          return text;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> meta(Document doc, String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (Element m : doc.select("meta[content]")) {
      String key = m.hasAttr("property") ? m.attr("property") : m.attr("name");
      if (key.isEmpty()) {
        key = m.attr("itemprop");
      }
      if (key.toLowerCase(Locale.ROOT).equals(lower)) {
        Optional<String> value = PlainText.field(m.attr("content"));
        if (value.isPresent()) {
          return value;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> attribute(Document doc, String query, String attribute) {
    Element found = doc.selectFirst(query);
    return found == null ? Optional.empty() : PlainText.field(found.attr(attribute));
  }

  /** Drops a trailing " | Site Name" from a {@code <title>}, keeping the longer part first. */
  private static String withoutSiteSuffix(String title) {
    String[] parts = TITLE_SEPARATOR.split(title);
    if (parts.length < 2) {
      return title;
    }
    String first = parts[0];
    return first.split("\\s+").length >= 3 ? first : title;
  }

  @SafeVarargs
  private static <T> Optional<T> firstOf(Optional<T>... options) {
    for (Optional<T> option : options) {
      if (option.isPresent()) {
        return option;
      }
    }
    return Optional.empty();
  }
}
