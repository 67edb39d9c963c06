package dev.veracity.cli;

import picocli.CommandLine.Command;

/** {@code veracity evaluate}: groups the model evaluations. */
@Command(
    name = "evaluate",
    description = "Evaluate a model on a labelled file.",
    mixinStandardHelpOptions = true,
    subcommands = {EvaluateCheckworthyCommand.class})
final class EvaluateCommand {}
