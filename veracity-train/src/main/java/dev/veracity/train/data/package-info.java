/**
 * Readers for the public check-worthiness corpora (ClaimBuster two-class release, CLEF CheckThat!
 * 2019 debates and 2020 tweets) and for the JSON-lines exchange format that the evaluation commands
 * and the baseline scripts share: one {@code {"text": ..., "label": 0|1}} object per line.
 */
package dev.veracity.train.data;
