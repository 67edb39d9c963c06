/**
 * Turning text into sparse numeric vectors for linear models: a chain of small term steps (lower
 * case, digit shapes, word and character n-grams), sublinear term weighting with L2 normalisation,
 * signed feature hashing into a fixed number of buckets (Weinberger et al. 2009, "Feature Hashing
 * for Large Scale Multitask Learning"), and named dense features appended after the hashed block.
 * Every hashed feature keeps its readable name so that a model's decision can be explained.
 */
package dev.veracity.feature;
