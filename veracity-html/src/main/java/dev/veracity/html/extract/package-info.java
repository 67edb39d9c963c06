/**
 * Turning a whole HTML page into an article: the main text as typed paragraphs with their links,
 * the page's metadata (title, byline, dates, canonical URL) from JSON-LD, Open Graph and the
 * markup, and the readers' comments as a separate thread. Everything it returns is plain text,
 * never HTML.
 */
package dev.veracity.html.extract;
