/**
 * Honest numbers for binary scorers: precision, recall and F1 of the positive class, accuracy,
 * ROC-AUC, average precision, expected calibration error, Brier score, seeded bootstrap 95%
 * intervals and reliability tables. Generic over any model that outputs a probability per item.
 */
package dev.veracity.eval;
