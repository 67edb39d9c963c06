/**
 * Readers for the public labelled news corpora: each turns one corpus's files into {@link
 * dev.veracity.corpus.LabelledDocument}s with an explicit map from the corpus's own labels to
 * {@link dev.veracity.corpus.Reliability}, a group (outlet, portal or topic pair) for grouped
 * cross-validation, and a list of the rows it skipped and why. Readers never change the corpus
 * files and take the datasets directory as a parameter.
 */
package dev.veracity.corpus;
