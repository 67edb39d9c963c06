package dev.veracity.report;

import java.util.Objects;
import java.util.Optional;

/**
 * What was checked.
 *
 * @param source the input's name as the user gave it (a path, a URL or {@code "-"})
 * @param title the title known from outside the text, when any
 * @param url the article's URL, when known
 * @param domain the source's host, when known
 * @param characters length of the analysed text
 * @param sha256 hex SHA-256 of the analysed text (UTF-8), to tie the report to its input
 */
public record InputSummary(
    String source,
    Optional<String> title,
    Optional<String> url,
    Optional<String> domain,
    int characters,
    String sha256) {

  /** Validates non-null components. */
  public InputSummary {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(sha256, "sha256");
  }
}
