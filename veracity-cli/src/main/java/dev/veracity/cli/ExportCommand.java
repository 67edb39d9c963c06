package dev.veracity.cli;

import picocli.CommandLine.Command;

/** {@code veracity export}: writes corpus splits as labelled JSON lines. */
@Command(
    name = "export",
    description = "Export corpus splits as labelled JSON lines.",
    mixinStandardHelpOptions = true,
    subcommands = {
      ExportCheckworthyCommand.class,
      ExportSpamCommand.class,
      ExportReliabilityCommand.class
    })
final class ExportCommand {}
