/**
 * Model-free writing-style cues (capitals, exclamations, loaded vocabulary, reader address,
 * attribution, verifiable detail, headline patterns, length) measured over the body only, each with
 * the spans that triggered it and the range of values seen in reliable news.
 */
package dev.veracity.style;
