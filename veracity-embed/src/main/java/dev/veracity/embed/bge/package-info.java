/**
 * bge-small-en-v1.5 (BAAI; int8-quantised ONNX export, 384 dimensions, CLS pooling) as a {@link
 * dev.veracity.embed.SentenceEncoder}, run by ONNX Runtime from a Maven Central jar on the
 * classpath: twice the layers of all-MiniLM-L6-v2, about half its speed, better check-worthiness
 * features (docs/EVALUATION.md).
 */
package dev.veracity.embed.bge;
