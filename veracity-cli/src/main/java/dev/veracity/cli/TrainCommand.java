package dev.veracity.cli;

import picocli.CommandLine.Command;

/** {@code veracity train}: groups the model trainers. */
@Command(
    name = "train",
    description = "Train a model from the shared public corpora.",
    mixinStandardHelpOptions = true,
    subcommands = {
      TrainCheckworthyCommand.class,
      TrainSpamCommand.class,
      TrainReliabilityCommand.class,
      TrainShortTextRouterCommand.class
    })
final class TrainCommand {}
