package dev.veracity.cli;

import dev.veracity.article.Article;
import dev.veracity.html.extract.ArticleExtractor;
import dev.veracity.html.extract.DensityArticleExtractor;
import dev.veracity.input.DecodedInput;
import dev.veracity.input.Format;
import dev.veracity.input.InputDecoder;
import dev.veracity.input.InputException;
import dev.veracity.input.InputLimits;
import dev.veracity.input.InputReader;
import dev.veracity.input.RawInput;
import dev.veracity.input.UrlFetcher;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Turns one input name ({@code -}, a path or an http(s) URL) into an {@link Article}: read or fetch
 * under the size caps, decode, and extract HTML pages with the {@link DensityArticleExtractor}
 * (title, body, then comments, so the segmenter sees them in page order).
 */
final class ArticleLoader {

  private final InputReader reader;
  private final InputDecoder decoder;
  private final Supplier<UrlFetcher> fetcherFactory;
  private UrlFetcher fetcher;
  private final ArticleExtractor extractor = new DensityArticleExtractor();
  private final InputLimits limits;
  private final InputStream stdin;

  /**
   * A loader.
   *
   * @param fetcherFactory makes the URL fetcher on first use: most runs fetch nothing
   */
  ArticleLoader(InputLimits limits, Supplier<UrlFetcher> fetcherFactory, InputStream stdin) {
    this.reader = new InputReader(limits);
    this.decoder = new InputDecoder(limits);
    this.fetcherFactory = Objects.requireNonNull(fetcherFactory, "fetcherFactory");
    this.limits = limits;
    this.stdin = Objects.requireNonNull(stdin, "stdin");
  }

  /** The article named by {@code source}. */
  Article load(String source) throws InputException {
    DecodedInput decoded = decode(source);
    Article article =
        decoded.format() == Format.HTML
            ? extractor.extract(decoded.text(), decoded.url()).toArticle()
            : Article.ofText(decoded.text());
    if (article.text().isBlank()) {
      throw new InputException(InputException.Code.EMPTY, source, "the page has no article text");
    }
    if (article.text().length() > limits.maxChars()) {
      throw new InputException(
          InputException.Code.TOO_LARGE,
          source,
          "the page's text is longer than the limit of " + limits.maxChars() + " characters");
    }
    return decoded.url().isPresent() && article.url().isEmpty()
        ? article.withUrl(decoded.url().get())
        : article;
  }

  /** The decoded text of the input named by {@code source}, HTML left as markup. */
  DecodedInput decode(String source) throws InputException {
    return decoder.decode(read(source));
  }

  private RawInput read(String source) throws InputException {
    if (source.equals("-")) {
      return reader.readStream(stdin, source);
    }
    if (UrlFetcher.looksLikeUrl(source)) {
      if (fetcher == null) {
        fetcher = fetcherFactory.get();
      }
      return fetcher.fetch(source);
    }
    return reader.readFile(Path.of(source), source);
  }
}
