/**
 * HTML input. {@code extract} turns a web page into an {@code ExtractedPage} (title, byline, dates,
 * body paragraphs with their links, readers' comments) and from there into a plain-text {@link
 * dev.veracity.article.Article} for the core pipeline; {@code eval} scores extractors on the
 * article-extraction benchmark's shingle metric. Raw HTML never leaves this module.
 */
package dev.veracity.html;
