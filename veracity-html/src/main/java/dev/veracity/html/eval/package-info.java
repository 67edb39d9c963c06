/**
 * Measuring extraction against a hand-checked corpus: the article-extraction benchmark's shingle
 * metric ({@link dev.veracity.html.eval.ShingleMetric}) and a runner that scores an extractor on a
 * directory of pages.
 */
package dev.veracity.html.eval;
