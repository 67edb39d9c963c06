package dev.veracity.html;

import dev.veracity.article.Article;
import dev.veracity.input.DecodedInput;
import dev.veracity.input.InputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads a web page into an {@link Article} with jsoup: a basic extractor, not a full one.
 *
 * <p>Title: {@code og:title}, else {@code <title>}, else the first {@code <h1>}. URL: {@code <link
 * rel=canonical>}, else {@code og:url}, else where the page was fetched from (http and https only).
 * Date: {@code article:published_time}, else the first {@code <time datetime>}. Text: the first
 * {@code <article>}, else {@code <main>}, else {@code <body>}, without scripts, styles, navigation,
 * asides, forms, and page headers and footers outside the article; block elements become paragraph
 * breaks ({@code "\n\n"}) and {@code <br>} a line break. The title leads the text, as in the
 * plain-text corpora: it is put first unless the first paragraph already is the title (or the title
 * with a site name added or cut). Only text nodes reach the result, so no markup is ever echoed.
 * Thread-safe and stateless.
 */
public final class JsoupArticleReader {

  private static final Set<String> DROPPED =
      Set.of(
          "script",
          "style",
          "noscript",
          "nav",
          "aside",
          "form",
          "template",
          "svg",
          "iframe",
          "object",
          "embed",
          "button",
          "select",
          "textarea",
          "head");
  private static final Set<String> DROPPED_OUTSIDE_ARTICLE = Set.of("header", "footer");
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "header",
          "footer",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "ul",
          "ol",
          "li",
          "dl",
          "dt",
          "dd",
          "blockquote",
          "pre",
          "table",
          "tr",
          "figure",
          "figcaption",
          "hr",
          "address",
          "details",
          "summary",
          "body");
  private static final Set<String> CELLS = Set.of("td", "th");
  private static final Pattern DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n]+");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r\\u00A0]+");
  private static final Pattern SPACE_AROUND_NEWLINE = Pattern.compile(" *\\n *");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

  private final int maxChars;

  /**
   * A reader.
   *
   * @param maxChars the largest page, in characters, it will parse
   */
  public JsoupArticleReader(int maxChars) {
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be >= 1, got " + maxChars);
    }
    this.maxChars = maxChars;
  }

  /**
   * Reads a decoded HTML page.
   *
   * @throws InputException TOO_LARGE over the size cap, EMPTY when the page has no text
   */
  public Article read(DecodedInput page) throws InputException {
    Objects.requireNonNull(page, "page");
    String html = page.text();
    if (html.length() > maxChars) {
      throw new InputException(
          InputException.Code.TOO_LARGE,
          page.source(),
          "HTML longer than the limit of " + maxChars + " characters");
    }
    String base = page.url().map(URI::toString).orElse("");
    Document doc = Jsoup.parse(html, base, Parser.htmlParser());

    Optional<String> title =
        meta(doc, "og:title").or(() -> nonBlank(doc.title())).or(() -> firstText(doc, "h1"));
    Optional<URI> url =
        webUri(doc.select("link[rel=canonical]").attr("abs:href"))
            .or(() -> meta(doc, "og:url").flatMap(JsoupArticleReader::webUri))
            .or(page::url);
    Optional<LocalDate> published =
        meta(doc, "article:published_time")
            .or(() -> nonBlank(doc.select("time[datetime]").attr("datetime")))
            .flatMap(JsoupArticleReader::date);

    String text = text(root(doc));
    if (title.isPresent() && !opensWith(text, title.get())) {
      text = text.isEmpty() ? title.get() : title.get() + "\n\n" + text;
    }
    if (text.isBlank()) {
      throw new InputException(InputException.Code.EMPTY, page.source(), "the page has no text");
    }
    Article article = new Article(text, title, Optional.empty(), Optional.empty(), published);
    return url.map(article::withUrl).orElse(article);
  }

  /** Whether the first paragraph is the title, or the title with a site name added or cut. */
  private static boolean opensWith(String text, String title) {
    int end = text.indexOf("\n\n");
    String first = end < 0 ? text : text.substring(0, end);
    return !first.isEmpty() && (first.startsWith(title) || title.startsWith(first));
  }

  private static Element root(Document doc) {
    Element article = doc.selectFirst("article");
    if (article != null) {
      return article;
    }
    Element main = doc.selectFirst("main");
    return main != null ? main : doc.body();
  }

  /** The visible text of {@code root}, one paragraph per block element. */
  static String text(Element root) {
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode) {
              if (!insideDropped(node, root)) {
                out.append(LINE_BREAKS.matcher(((TextNode) node).getWholeText()).replaceAll(" "));
              }
            } else if (node instanceof Element) {
              String name = ((Element) node).normalName();
              if (name.equals("br")) {
                out.append('\n');
              } else if (BLOCKS.contains(name)) {
                out.append("\n\n");
              } else if (CELLS.contains(name)) {
                out.append(' ');
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element && BLOCKS.contains(((Element) node).normalName())) {
              out.append("\n\n");
            }
          }
        },
        root);
    return tidy(out.toString());
  }

  private static boolean insideDropped(Node text, Element root) {
    boolean insideArticle = root.normalName().equals("article") || root.normalName().equals("main");
    for (Node n = text.parentNode(); n != null; n = n.parentNode()) {
      if (n instanceof Element) {
        String name = ((Element) n).normalName();
        if (DROPPED.contains(name)) {
          return true;
        }
        if (DROPPED_OUTSIDE_ARTICLE.contains(name) && !insideArticle && !hasArticleAncestor(n)) {
          return true;
        }
      }
      if (n == root) {
        return false;
      }
    }
    return false;
  }

  private static boolean hasArticleAncestor(Node node) {
    for (Node n = node.parentNode(); n != null; n = n.parentNode()) {
      if (n instanceof Element) {
        String name = ((Element) n).normalName();
        if (name.equals("article") || name.equals("main")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Collapses runs of spaces, trims lines and keeps at most one blank line between paragraphs. */
  private static String tidy(String raw) {
    String s = SPACES.matcher(raw).replaceAll(" ");
    s = SPACE_AROUND_NEWLINE.matcher(s).replaceAll("\n");
    s = BLANK_LINES.matcher(s).replaceAll("\n\n");
    return s.strip();
  }

  private static Optional<String> meta(Document doc, String property) {
    Element e = doc.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
    return e == null ? Optional.empty() : nonBlank(e.attr("content"));
  }

  private static Optional<String> firstText(Document doc, String css) {
    Element e = doc.selectFirst(css);
    return e == null ? Optional.empty() : nonBlank(e.text());
  }

  private static Optional<String> nonBlank(String s) {
    String t = s == null ? "" : SPACES.matcher(s.replace('\n', ' ')).replaceAll(" ").strip();
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }

  private static Optional<URI> webUri(String s) {
    if (s == null || s.isBlank()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(s.strip());
      String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
      boolean web = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
      return web ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> date(String s) {
    Matcher m = DATE.matcher(s.strip());
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(m.group(1)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return "JsoupArticleReader(max " + maxChars + " chars)";
  }
}
