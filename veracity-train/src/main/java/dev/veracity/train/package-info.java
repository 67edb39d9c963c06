/**
 * Trainers for Veracity's text models. A trainer holds hyperparameters and returns an immutable
 * model with its provenance; scoring lives in the core. Model selection uses grouped
 * cross-validation only (no held-out test data), and probabilities are calibrated on out-of-fold
 * predictions.
 */
package dev.veracity.train;
