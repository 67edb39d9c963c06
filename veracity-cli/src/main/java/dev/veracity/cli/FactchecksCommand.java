package dev.veracity.cli;

import picocli.CommandLine.Command;

/** {@code veracity factchecks}: groups the commands that build and search the fact-check store. */
@Command(
    name = "factchecks",
    mixinStandardHelpOptions = true,
    description = "Builds and searches the store of known fact-checks (<home>/factchecks).")
final class FactchecksCommand {}
