package dev.veracity.html.extract;

import dev.veracity.html.extract.BlockCollector.Collected;
import dev.veracity.html.extract.BlockCollector.Counts;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the article body by text density: Readability-style candidate scoring over text blocks
 * (length, commas, class and id hints, link density), sibling merging, then block-level cleaning;
 * metadata comes from JSON-LD, Open Graph and the markup, comments from {@link CommentThreads}.
 *
 * <p>After Arc90 Readability / Mozilla Readability.js (candidate scoring and sibling merging) and
 * Kohlschütter et al., "Boilerplate Detection using Shallow Text Features", WSDM 2010 (link and
 * text density). Thread-safe and stateless; linear in the page size apart from jsoup's parse.
 */
public final class DensityArticleExtractor implements ArticleExtractor {

  private static final int MIN_SCORED_CHARS = 25;
  private static final int RETRY_BELOW_CHARS = 500;
  private static final int DATA_CELL_CHARS = 30;
  private static final Pattern COMMAS = Pattern.compile("[,，、،]");

  private static final String FURNITURE_TAGS =
      "script, style, noscript, template, iframe, object, embed, svg, canvas, button, input,"
          + " select, textarea, nav, aside, footer, menu, dialog, link, meta, [hidden],"
          + " [role=navigation], [role=complementary], [role=dialog], [role=alertdialog],"
          + " [role=menu], [role=menubar], [role=banner], [role=contentinfo]";

  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

  /** Furniture inside the chosen container: share bars, related links, bylines, captions. */
  private static final Pattern INNER_FURNITURE =
      Pattern.compile(
          "(?i)share|social|related|newsletter|subscri|promo|advert|^ad$|^ads$|[-_ ]ad[-_ s]"
              + "|sponsor|widget|byline|author-bio|author-box|about-author|caption|credit"
              + "|breadcrumb|tags|toolbar|recirc|read-more|readmore|more-stories|trending"
              + "|popular|signup|comment|footer|meta|print|disclaimer|inline-link|see-also"
              + "|alsoread|also-read|^ad[-_]|(^|[-_ ])date|dateline|timestamp");

  /** Short lines that are bylines, photo credits or copyright notices rather than prose. */
  private static final Pattern FURNITURE_LINE =
      Pattern.compile(
          "^(By|BY|Von|Par|Por)\\s+\\p{Lu}[^.!?]*$|^©|©\\s*\\d{4}|^Copyright\\b"
              + "|^(Photo|Image|Foto):|\\((Image|Photo|Picture|Foto)s?:[^)]*\\)\\s*$");

  /** Quoted social-media posts: part of the story although their wrappers say "social". */
  private static final String EMBEDDED_POSTS =
      "blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed";

  /** Whole paragraphs that are page furniture whatever their markup. */
  private static final Pattern FURNITURE_TEXT =
      Pattern.compile(
          "(?i)advertisement|advertising|advert|sponsored( content)?|ad|continue reading|read more"
              + "|this slideshow requires javascript\\.?|comments?|trending:?|don.?t miss:?"
              + "|highlights:?|most read:?|more on this( story)?:?"
              + "|share( this( article| story)?)?:?|related( articles| stories)?:?");

  /** Creates the extractor; it holds no state. */
  public DensityArticleExtractor() {}

  @Override
  public ExtractedPage extract(String html, Optional<URI> location) {
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(location, "location");
    if (html.length() > MAX_HTML_CHARS) {
      throw new IllegalArgumentException(
          "html must be at most " + MAX_HTML_CHARS + " chars, got " + html.length());
    }
    String base = location.map(URI::toString).orElse("");
    Document doc = Jsoup.parse(html, base);
    PageMetadata meta = MetadataReader.read(doc);
    List<PageComment> comments = CommentThreads.extract(doc);
    CommentThreads.removeThreads(doc);
    List<Paragraph.Draft> drafts = body(doc, meta, true);
    if (length(drafts) < RETRY_BELOW_CHARS) {
      // Class-name guesses sometimes hit the page's main wrapper ("header-style-2",
      // "PageBuilder-pageRow"); like Readability, try again without them. Re-parsing is cheaper
      // than cloning every page for the rare retry.
      Document again = Jsoup.parse(html, base);
      CommentThreads.removeThreads(again);
      List<Paragraph.Draft> retry = body(again, meta, false);
      if (length(retry) > length(drafts)) {
        drafts = retry;
      }
    }
    drafts = JsonLdBody.reconcile(drafts, meta.articleBody());
    return new ExtractedPage(
        meta.title(),
        meta.byline(),
        meta.published(),
        meta.siteName(),
        meta.canonicalUrl(),
        meta.language(),
        ExtractedPage.layOut(drafts),
        comments);
  }

  private static List<Paragraph.Draft> body(Document doc, PageMetadata meta, boolean unlikely) {
    removeFurniture(doc, unlikely);
    Collected collected = BlockCollector.collect(doc.body());
    return keptBlocks(collected, chooseRoots(collected), meta);
  }

  private static int length(List<Paragraph.Draft> drafts) {
    return drafts.stream().mapToInt(d -> d.text().length()).sum();
  }

  @Override
  public String toString() {
    return "DensityArticleExtractor";
  }

  private static void removeFurniture(Document doc, boolean unlikely) {
    doc.select(FURNITURE_TAGS).remove();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element element)) {
              return FilterResult.CONTINUE;
            }
            String tag = element.normalName();
            if (tag.equals("body") || tag.equals("html") || tag.equals("a")) {
              return FilterResult.CONTINUE;
            }
            if (HIDDEN_STYLE.matcher(element.attr("style")).find()) {
              return FilterResult.REMOVE;
            }
            String signature = ClassWeight.signature(element);
            if (unlikely
                && signature.length() > 1
                && !tag.equals("article")
                && !tag.equals("main")
                && ClassWeight.UNLIKELY.matcher(signature).find()
                && !ClassWeight.MAYBE_CANDIDATE.matcher(signature).find()
                && element.selectFirst(EMBEDDED_POSTS) == null) {
              return FilterResult.REMOVE;
            }
            return FilterResult.CONTINUE;
          }
        },
        doc.body());
  }

  /** The top-scoring container and those of its siblings that belong to the article. */
  private static List<Element> chooseRoots(Collected collected) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Block block : collected.blocks()) {
      if (block.kind == ParagraphKind.HEADING || block.chars < MIN_SCORED_CHARS) {
        continue;
      }
      String text = block.text();
      double score = 1 + count(COMMAS, text) + Math.min(text.length() / 100, 3);
      Element ancestor = block.owner.parent();
      for (int level = 0; level < 5 && ancestor != null; level++) {
        if (ancestor instanceof Document) {
          break;
        }
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        scores.computeIfAbsent(ancestor, DensityArticleExtractor::initialScore);
        scores.merge(ancestor, score / divider, Double::sum);
        ancestor = ancestor.parent();
      }
    }
    Map<Element, Double> finals = new IdentityHashMap<>();
    Element top = null;
    double topScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      Counts counts = collected.counts().getOrDefault(e.getKey(), new Counts(0, 0));
      double score = e.getValue() * (1 - counts.linkDensity());
      finals.put(e.getKey(), score);
      if (top == null || score > topScore) {
        top = e.getKey();
        topScore = score;
      }
    }
    if (top == null) {
      return List.of();
    }
    top = widenToSharedAncestor(top, topScore, finals);
    while (top.parent() != null
        && !(top.parent() instanceof Document)
        && !top.normalName().equals("body")
        && top.parent().childrenSize() == 1) {
      top = top.parent();
    }
    topScore = Math.max(topScore, finals.getOrDefault(top, 0.0));
    List<Element> roots = new ArrayList<>(withSiblings(top, topScore, finals, collected.counts()));
    addSameClassSections(top, topScore, finals, roots);
    return roots;
  }

  /**
   * Readability's check: when three or more near-top candidates share an ancestor with the top one,
   * the article is split across them and the shared ancestor is the better container.
   */
  private static Element widenToSharedAncestor(
      Element top, double topScore, Map<Element, Double> finals) {
    List<Element> alternatives = new ArrayList<>();
    for (Map.Entry<Element, Double> e : finals.entrySet()) {
      if (e.getKey() != top && e.getValue() >= 0.75 * topScore) {
        alternatives.add(e.getKey());
      }
    }
    if (alternatives.size() < 3) {
      return top;
    }
    Set<Element> topAncestors = Collections.newSetFromMap(new IdentityHashMap<>());
    Element walk = top.parent();
    for (int i = 0; i < 50 && walk != null && !(walk instanceof Document); i++) {
      topAncestors.add(walk);
      walk = walk.parent();
    }
    Map<Element, Integer> shared = new IdentityHashMap<>();
    for (Element alternative : alternatives) {
      Element a = alternative.parent();
      for (int i = 0; i < 50 && a != null && !(a instanceof Document); i++) {
        if (topAncestors.contains(a)) {
          shared.merge(a, 1, Integer::sum);
        }
        a = a.parent();
      }
    }
    Element best = top;
    walk = top.parent();
    for (int i = 0; i < 50 && walk != null && !(walk instanceof Document); i++) {
      if (shared.getOrDefault(walk, 0) >= 3 && !walk.normalName().equals("body")) {
        return walk;
      }
      walk = walk.parent();
    }
    return best;
  }

  /**
   * Adds well-scored containers elsewhere in the page that share the top container's class: long
   * articles split into several sections (each wrapped like the first) between pull quotes or
   * asides, which sibling merging cannot reach.
   */
  private static void addSameClassSections(
      Element top, double topScore, Map<Element, Double> finals, List<Element> roots) {
    String className = top.className();
    double threshold = Math.max(10, topScore * 0.2);
    for (Map.Entry<Element, Double> e : finals.entrySet()) {
      Element other = e.getKey();
      if (e.getValue() >= threshold
          && !className.isBlank()
          && other.className().equals(className)
          && roots.stream()
              .noneMatch(r -> r == other || isAncestor(r, other) || isAncestor(other, r))) {
        roots.add(other);
      }
    }
  }

  private static boolean isAncestor(Element ancestor, Element node) {
    Element up = node.parent();
    for (int i = 0; up != null && i < 200; i++) {
      if (up == ancestor) {
        return true;
      }
      up = up.parent();
    }
    return false;
  }

  private static List<Element> withSiblings(
      Element top, double topScore, Map<Element, Double> finals, Map<Element, Counts> counts) {
    Element parent = top.parent();
    if (parent == null || parent instanceof Document || top.normalName().equals("body")) {
      return List.of(top);
    }
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> roots = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        roots.add(sibling);
        continue;
      }
      double bonus =
          !top.className().isEmpty() && sibling.className().equals(top.className())
              ? topScore * 0.2
              : 0;
      Double score = finals.get(sibling);
      if (score != null && score + bonus >= threshold) {
        roots.add(sibling);
        continue;
      }
      if (sibling.normalName().equals("p")) {
        Counts c = counts.getOrDefault(sibling, new Counts(0, 0));
        String text = sibling.text();
        if (c.chars() > 80 && c.linkDensity() < 0.25
            || c.chars() > 0
                && c.chars() <= 80
                && c.linkChars() == 0
                && (text.endsWith(".") || text.contains(". "))) {
          roots.add(sibling);
        }
      }
    }
    return roots;
  }

  private static double initialScore(Element element) {
    double score =
        switch (element.normalName()) {
          case "div", "article", "main", "section" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    if (element.attr("itemprop").equalsIgnoreCase("articleBody")) {
      score += 25;
    }
    return score + ClassWeight.of(element);
  }

  /** The blocks inside the roots that survive cleaning, in document order. */
  private static List<Paragraph.Draft> keptBlocks(
      Collected collected, List<Element> roots, PageMetadata meta) {
    Set<Element> allowed = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element root : roots) {
      int rootChars = collected.counts().getOrDefault(root, new Counts(0, 0)).chars();
      NodeTraversor.filter(
          new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
              if (!(node instanceof Element element)) {
                return FilterResult.SKIP_CHILDREN;
              }
              if (element != root && isInnerFurniture(element, rootChars, collected.counts())) {
                return FilterResult.SKIP_ENTIRELY;
              }
              allowed.add(element);
              return FilterResult.CONTINUE;
            }
          },
          root);
    }
    String title = meta.title().orElse("");
    List<Paragraph.Draft> drafts = new ArrayList<>();
    for (Block block : collected.blocks()) {
      if (!allowed.contains(block.owner) || block.chars == 0) {
        continue;
      }
      if (block.linkDensity() > 0.6 && block.chars < 300) {
        continue;
      }
      for (String text : block.paragraphs()) {
        String clean = PlainText.withoutMarkup(text);
        if (clean.isBlank()
            || block.kind == ParagraphKind.HEADING && clean.equals(title)
            || clean.length() < 40 && FURNITURE_TEXT.matcher(clean).matches()
            || clean.length() < 120 && FURNITURE_LINE.matcher(clean).find()) {
          continue;
        }
        drafts.add(new Paragraph.Draft(block.kind, clean, linksIn(block, clean)));
      }
    }
    return drafts;
  }

  private static List<Link> linksIn(Block block, String text) {
    List<Link> links = new ArrayList<>();
    for (Link link : block.links) {
      if (text.contains(link.text())) {
        links.add(new Link(PlainText.withoutMarkup(link.text()), link.href()));
      }
    }
    return links;
  }

  private static boolean isInnerFurniture(
      Element element, int rootChars, Map<Element, Counts> counts) {
    // Checked last and only for furniture candidates: a subtree search on every element would
    // make big pages quadratic.
    return looksLikeFurniture(element, rootChars, counts)
        && element.selectFirst(EMBEDDED_POSTS) == null;
  }

  private static boolean looksLikeFurniture(
      Element element, int rootChars, Map<Element, Counts> counts) {
    Counts c = counts.getOrDefault(element, new Counts(0, 0));
    // A wrapper holding most of the article is never furniture, whatever its class says.
    if (c.chars() > rootChars / 2) {
      return false;
    }
    String signature = ClassWeight.signature(element);
    if (signature.length() > 1
        && INNER_FURNITURE.matcher(signature).find()
        && !element.attr("itemprop").equalsIgnoreCase("articleBody")) {
      return true;
    }
    String tag = element.normalName();
    if (tag.equals("figcaption") || tag.equals("header")) {
      return true;
    }
    if (tag.equals("table")) {
      // Data tables (standings, prices) are not prose: many cells, few chars per cell.
      int cells = element.select("td, th").size();
      return cells >= 8 && c.chars() / cells < DATA_CELL_CHARS;
    }
    if (tag.equals("div")
        || tag.equals("section")
        || tag.equals("ul")
        || tag.equals("ol")
        || tag.equals("table")
        || tag.equals("form")) {
      int weight = ClassWeight.of(element);
      if (weight < 0 && c.chars() < 1000) {
        return true;
      }
      return c.chars() < 500 && c.linkDensity() > 0.5;
    }
    return false;
  }

  private static int count(Pattern pattern, String text) {
    int n = 0;
    var m = pattern.matcher(text);
    while (m.find()) {
      n++;
    }
    return n;
  }
}
