/**
 * e5-small-v2 (Wang et al. 2022, "Text Embeddings by Weakly-Supervised Contrastive Pre-training";
 * int8-quantised ONNX export, 384 dimensions, mean pooling) as a {@link
 * dev.veracity.embed.SentenceEncoder}, run by ONNX Runtime from a Maven Central jar on the
 * classpath: the same size as bge-small, and the best single encoder measured for check-worthiness
 * features (docs/EVALUATION.md).
 */
package dev.veracity.embed.e5;
