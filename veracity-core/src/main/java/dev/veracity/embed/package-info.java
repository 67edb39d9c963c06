/**
 * Sentence embeddings: the {@link dev.veracity.embed.SentenceEncoder} role that turns a sentence
 * into a fixed-size, L2-normalised vector, and {@link dev.veracity.embed.Vectors} for comparing
 * such vectors. Implementations that load a neural model live in their own module (veracity-embed),
 * so that the core stays free of native runtimes; fact-check matching, claim clustering and
 * reliability features share one encoder through this interface.
 */
package dev.veracity.embed;
