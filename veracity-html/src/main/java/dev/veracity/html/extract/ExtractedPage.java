package dev.veracity.html.extract;

import dev.veracity.article.Article;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What an {@link ArticleExtractor} found in a page; every string is plain text.
 *
 * @param title the article's headline
 * @param byline the author or authors as the page names them
 * @param published the publication date or timestamp as the page declares it (often ISO 8601)
 * @param siteName the publication's name
 * @param canonicalUrl the page's canonical address
 * @param language the declared language tag (such as {@code en} or {@code pt-BR})
 * @param paragraphs the body's blocks in reading order, with offsets into {@link #body()}
 * @param comments the readers' comments in page order (replies follow their parent)
 */
public record ExtractedPage(
    Optional<String> title,
    Optional<String> byline,
    Optional<String> published,
    Optional<String> siteName,
    Optional<String> canonicalUrl,
    Optional<String> language,
    List<Paragraph> paragraphs,
    List<PageComment> comments) {

  /** The separator between paragraphs in {@link #body()} and {@link #toArticleText()}. */
  public static final String PARAGRAPH_SEPARATOR = "\n\n";

  /** Validates the components and that paragraph offsets tile the body text. */
  public ExtractedPage {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(byline, "byline");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(siteName, "siteName");
    Objects.requireNonNull(canonicalUrl, "canonicalUrl");
    Objects.requireNonNull(language, "language");
    paragraphs = List.copyOf(paragraphs);
    comments = List.copyOf(comments);
    int expected = 0;
    for (Paragraph p : paragraphs) {
      if (p.start() != expected) {
        throw new IllegalArgumentException(
            "paragraph must start at " + expected + ", got " + p.start());
      }
      expected = p.end() + PARAGRAPH_SEPARATOR.length();
    }
  }

  /**
   * Lays out blocks one after the other, separated by blank lines, and returns them with offsets.
   *
   * @param blocks kind, text and links of each block; blank texts are skipped
   */
  public static List<Paragraph> layOut(List<Paragraph.Draft> blocks) {
    List<Paragraph> laid = new ArrayList<>(blocks.size());
    int offset = 0;
    for (Paragraph.Draft block : blocks) {
      if (block.text().isBlank()) {
        continue;
      }
      int end = offset + block.text().length();
      laid.add(new Paragraph(block.kind(), block.text(), offset, end, block.links()));
      offset = end + PARAGRAPH_SEPARATOR.length();
    }
    return laid;
  }

  /** The body as plain text: the paragraphs' texts joined by blank lines. */
  public String body() {
    return paragraphs.stream()
        .map(Paragraph::text)
        .collect(Collectors.joining(PARAGRAPH_SEPARATOR));
  }

  /**
   * The page as one plain text for a plain-text segmenter: the title (when known), a blank line,
   * the body, then each comment's text, all separated by blank lines.
   *
   * <p>Comments carry no author or date line so that the text contains only what readers wrote.
   */
  public String toArticleText() {
    List<String> parts = new ArrayList<>();
    title.ifPresent(parts::add);
    String body = body();
    if (!body.isEmpty()) {
      parts.add(body);
    }
    comments.forEach(c -> parts.add(c.text()));
    return String.join(PARAGRAPH_SEPARATOR, parts);
  }

  /**
   * The page as a core {@link Article} whose text is {@link #toArticleText()}.
   *
   * <p>The URL is the canonical URL when it parses as an absolute URI; the date is the first ten
   * chars of {@link #published()} when they form an ISO date.
   */
  public Article toArticle() {
    Article article =
        new Article(toArticleText(), title, Optional.empty(), Optional.empty(), publishedDate());
    Optional<URI> url = canonicalUrl.flatMap(ExtractedPage::absoluteUri);
    return url.isPresent() ? article.withUrl(url.get()) : article;
  }

  /** The publication date when {@link #published()} starts with an ISO {@code yyyy-MM-dd} date. */
  public Optional<LocalDate> publishedDate() {
    return published
        .filter(p -> p.length() >= 10)
        .flatMap(
            p -> {
              try {
                return Optional.of(LocalDate.parse(p.substring(0, 10)));
              } catch (DateTimeParseException e) {
                return Optional.empty();
              }
            });
  }

  private static Optional<URI> absoluteUri(String text) {
    try {
      URI uri = new URI(text);
      return uri.isAbsolute() && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
