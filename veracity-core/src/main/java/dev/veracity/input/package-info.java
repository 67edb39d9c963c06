/**
 * Reading what a user submits, treating every byte as hostile: files, standard input and fetched
 * URLs become {@link dev.veracity.input.RawInput} under a size cap, and {@link
 * dev.veracity.input.InputDecoder} turns those bytes into text (gzip, byte-order marks, declared
 * and sniffed charsets, binary detection) or refuses them with an {@link
 * dev.veracity.input.InputException} whose {@link dev.veracity.input.InputException.Code} is
 * stable.
 */
package dev.veracity.input;
