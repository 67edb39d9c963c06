package dev.veracity.cli;

import picocli.CommandLine.Command;

/** {@code veracity evaluate}: groups the commands that measure a component on labelled data. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = "Measures a component on labelled data.",
    subcommands = {
      EvaluateExtractionCommand.class,
      EvaluateCheckworthyCommand.class,
      EvaluateSpamCommand.class,
      EvaluateReliabilityCommand.class,
      EvaluateTruthfulnessCommand.class
    })
final class EvaluateCommand {}
