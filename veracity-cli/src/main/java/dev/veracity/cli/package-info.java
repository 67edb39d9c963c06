/**
 * The {@code veracity} command line: a thin picocli adapter that reads inputs (files, directories,
 * standard input, URLs), runs the core check on each and prints a terminal report, JSON or JSON
 * lines. {@link dev.veracity.cli.VeracityCli} is the one place that maps errors to messages and
 * exit codes.
 */
package dev.veracity.cli;
