/**
 * Reliability classification of a whole text: a calibrated linear model over hashed word n-grams
 * and style-cue features says how likely the text is unreliable news, answers "uncertain" inside a
 * band chosen for a stated precision, flags texts unlike its training data, and explains itself by
 * phrases and sentences with their offsets.
 */
package dev.veracity.classify;
