package dev.veracity.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veracity.Veracity;
import dev.veracity.article.Article;
import dev.veracity.html.extract.ArticleExtractor;
import dev.veracity.html.extract.DensityArticleExtractor;
import dev.veracity.input.DecodedInput;
import dev.veracity.input.Format;
import dev.veracity.input.InputDecoder;
import dev.veracity.input.InputException;
import dev.veracity.input.InputLimits;
import dev.veracity.input.UrlFetcher;
import dev.veracity.report.CheckReport;
import dev.veracity.report.ReportJson;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns the body of {@code POST /api/v1/checks} into an article and its report.
 *
 * <p>The body names exactly one of {@code text}, {@code html} or {@code url}; {@code source_url}
 * (where the article was published, never fetched), {@code title} and {@code source} (the name
 * echoed in the report) are optional. HTML, given or fetched, goes through the {@link
 * DensityArticleExtractor}; URLs are fetched by the {@link UrlFetcher}, which refuses private,
 * loopback, link-local and metadata addresses at every redirect. Thread-safe.
 */
final class CheckService {

  /** The longest {@code title} or {@code source} accepted. */
  static final int MAX_NAME_CHARS = 2000;

  private final Veracity veracity;
  private final UrlFetcher fetcher;
  private final InputDecoder decoder;
  private final ArticleExtractor extractor = new DensityArticleExtractor();
  private final InputLimits limits;

  CheckService(Veracity veracity, UrlFetcher fetcher, InputLimits limits) {
    this.veracity = Objects.requireNonNull(veracity, "veracity");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.decoder = new InputDecoder(limits);
  }

  /** The article a request body describes, and the source name for its report. */
  record Submission(Article article, String source) {}

  /** Reads and, for URLs, fetches the article a request body describes. */
  Submission read(ObjectNode body) throws InputException {
    int given = (body.has("text") ? 1 : 0) + (body.has("html") ? 1 : 0) + (body.has("url") ? 1 : 0);
    if (given != 1) {
      throw ApiException.badRequest(
          "invalid_request", "give exactly one of \"text\", \"html\" or \"url\"");
    }
    Optional<String> source = optionalString(body, "source");
    Optional<String> title = optionalString(body, "title");
    Optional<URI> sourceUrl = optionalString(body, "source_url").map(CheckService::absoluteUrl);
    Article article;
    String name;
    if (body.has("text")) {
      String text = requiredString(body, "text");
      name = source.orElse("text");
      article = Article.ofText(text);
    } else if (body.has("html")) {
      String html = requiredString(body, "html");
      name = source.orElse("page.html");
      article = extractor.extract(html, sourceUrl).toArticle();
    } else {
      String url = requiredString(body, "url");
      name = source.orElse(url);
      DecodedInput decoded = decoder.decode(fetcher.fetch(url));
      article =
          decoded.format() == Format.HTML
              ? extractor.extract(decoded.text(), decoded.url()).toArticle()
              : Article.ofText(decoded.text());
      if (decoded.url().isPresent() && article.url().isEmpty()) {
        article = article.withUrl(decoded.url().get());
      }
    }
    if (article.text().isBlank()) {
      throw new InputException(InputException.Code.EMPTY, name, "there is no article text");
    }
    if (article.text().length() > limits.maxChars()) {
      throw new InputException(
          InputException.Code.TOO_LARGE,
          name,
          "the article text is longer than the limit of " + limits.maxChars() + " characters");
    }
    if (sourceUrl.isPresent()) {
      URI url = sourceUrl.get();
      article =
          new Article(
              article.text(),
              article.title(),
              Optional.of(url),
              Optional.ofNullable(url.getHost()).map(h -> h.toLowerCase(Locale.ROOT)),
              article.published());
    }
    if (title.isPresent()) {
      article = article.withTitle(title.get());
    }
    return new Submission(article, name);
  }

  /** Checks the article. */
  CheckReport check(Submission submission) {
    return veracity.check(submission.article(), submission.source());
  }

  /** The report's JSON, exactly as {@code veracity check --json} prints it. */
  static ObjectNode reportJson(CheckReport report) {
    return ReportJson.toTree(report);
  }

  private static Optional<String> optionalString(ObjectNode body, String field) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isTextual()) {
      throw ApiException.badRequest("invalid_request", "\"" + field + "\" must be a string");
    }
    String value = node.asText();
    if (value.length() > MAX_NAME_CHARS && !field.equals("text") && !field.equals("html")) {
      throw ApiException.badRequest(
          "invalid_request", "\"" + field + "\" is longer than " + MAX_NAME_CHARS + " characters");
    }
    return Optional.of(value);
  }

  private static String requiredString(ObjectNode body, String field) {
    return optionalString(body, field)
        .orElseThrow(
            () -> ApiException.badRequest("invalid_request", "\"" + field + "\" must be a string"));
  }

  private static URI absoluteUrl(String text) {
    try {
      URI uri = new URI(text.strip());
      String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
      if ((!scheme.equals("http") && !scheme.equals("https")) || uri.getHost() == null) {
        throw ApiException.badRequest(
            "invalid_request", "\"source_url\" must be an absolute http(s) URL");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw ApiException.badRequest(
          "invalid_request", "\"source_url\" is not a valid URL: " + e.getReason());
    }
  }
}
