package dev.veracity.cli;

import dev.veracity.train.SpamExperiment;
import dev.veracity.train.data.YoutubeSpamCorpus;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veracity export spam}: writes the YouTube spam comments as labelled JSON lines. */
@Command(
    name = "spam",
    mixinStandardHelpOptions = true,
    description = {
      "Write the YouTube Spam Collection as JSON lines ({text, label, source, group = video}):"
          + " youtube-spam.jsonl and, per video, loo-VIDEO-train.jsonl / loo-VIDEO-test.jsonl"
          + " (the leave-one-video-out splits) into the directory --out."
    })
final class ExportSpamCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--datasets", required = true, description = "The shared datasets directory.")
  Path datasets;

  @Option(names = "--out", required = true, description = "Output directory.")
  Path out;

  @Override
  public Integer call() throws Exception {
    SpamExperiment.export(YoutubeSpamCorpus.read(datasets), out);
    spec.commandLine().getOut().println("wrote " + out);
    return VeracityCli.EXIT_OK;
  }
}
