/**
 * The text pipeline: Unicode normalisation that keeps a map back to the original offsets, sentence
 * splitting and tokenisation. Every span produced here can be mapped to the characters of the input
 * that a user submitted, so that a UI can highlight exactly what a signal refers to.
 */
package dev.veracity.text;
