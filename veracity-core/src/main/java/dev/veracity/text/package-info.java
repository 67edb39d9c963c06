/**
 * The text pipeline: Unicode normalisation that keeps a map back to the original offsets, sentence
 * splitting and tokenisation. Every span produced here can be mapped to the characters of the input
 * that a user submitted, so that a UI can highlight exactly what a signal refers to. {@link
 * dev.veracity.text.TextNormalizer} chains small {@link dev.veracity.text.NormalizationStep}s into
 * a {@link dev.veracity.text.NormalizedText}; {@link dev.veracity.text.NormalizingSentenceSplitter}
 * splits that text with {@link dev.veracity.text.OpenNlpSentenceSplitter} and maps the sentences
 * back, and {@link dev.veracity.text.WordTokenizer} cuts words.
 */
package dev.veracity.text;
