/**
 * Sentence encoders over langchain4j's in-process ONNX embedding models: the lazy loading,
 * normalisation and blank-text handling that every such model shares.
 */
package dev.veracity.embed.langchain;
