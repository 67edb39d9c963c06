package dev.veracity.cli;

import picocli.CommandLine.Command;

/** {@code veracity evaluate}: groups the commands that measure a component on a public corpus. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = "Measures a component on a public corpus.",
    subcommands = {EvaluateExtractionCommand.class})
final class EvaluateCommand {}
