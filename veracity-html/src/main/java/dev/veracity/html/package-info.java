/**
 * HTML input: turns a web page into a plain-text {@link dev.veracity.article.Article} (title,
 * canonical URL, publication date and the page's text as paragraphs) so that the plain-text
 * pipeline can check it. Raw HTML never leaves this package.
 */
package dev.veracity.html;
