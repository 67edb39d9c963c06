/**
 * The default {@link dev.veracity.embed.SentenceEncoder}: all-MiniLM-L6-v2 (int8-quantised ONNX
 * export, 384 dimensions, mean pooling) run by ONNX Runtime with the HuggingFace tokenizer from
 * DJL. The model and tokenizer ship inside a Maven Central jar and are read from the classpath, so
 * encoding never touches the network. The native libraries of ONNX Runtime and the tokenizer are
 * unpacked once to a cache directory (DJL reads {@code DJL_CACHE_DIR}, defaulting to {@code
 * ~/.djl.ai}), which must be writable.
 */
package dev.veracity.embed.minilm;
