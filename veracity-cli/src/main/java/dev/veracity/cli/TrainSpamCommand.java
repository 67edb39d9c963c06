package dev.veracity.cli;

import dev.veracity.comment.LinearSpamDetector;
import dev.veracity.train.SpamExperiment;
import dev.veracity.train.SpamTrainer;
import dev.veracity.train.TrainerConfig;
import dev.veracity.train.data.LabeledSentence;
import dev.veracity.train.data.YoutubeSpamCorpus;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veracity train spam}: rebuilds the comment-spam model from the YouTube corpus. */
@Command(
    name = "spam",
    mixinStandardHelpOptions = true,
    description = {
      "Train the comment-spam model on the YouTube Spam Collection (liblinear logistic regression,"
          + " C chosen by by-video cross-validation, Platt calibration) and write it as JSON.",
      "With default options this rebuilds the committed default model."
    })
final class TrainSpamCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin LinearTrainingOptions training;

  @Option(
      names = "--leave-one-video-out",
      description =
          "Also run the leave-one-video-out evaluation of the whole pipeline and write its report"
              + " (--report, else standard output).")
  boolean leaveOneVideoOut;

  @Option(names = "--report", description = "Where to write the leave-one-video-out report.")
  Path report;

  @Option(
      names = "--fold-models",
      description =
          "With --leave-one-video-out: write each video's held-out model here as"
              + " loo-VIDEO-model.json (score it with evaluate spam on loo-VIDEO-test.jsonl).")
  Path foldModels;

  @Override
  public Integer call() throws Exception {
    return ModelCommands.withUsageErrors(spec, this::train);
  }

  private int train() throws Exception {
    PrintWriter stdout = spec.commandLine().getOut();
    TrainerConfig config = training.config(SpamTrainer::defaults);
    List<LabeledSentence> data = YoutubeSpamCorpus.read(training.datasets);
    Map<String, Object> provenance = new LinkedHashMap<>();
    provenance.put("corpus", "YouTube Spam Collection (" + YoutubeSpamCorpus.DIRECTORY + ")");
    provenance.put("files", YoutubeSpamCorpus.provenance(training.datasets));
    provenance.put("rows", data.size());
    if (leaveOneVideoOut) {
      SpamExperiment.LeaveOneVideoOut loo = SpamExperiment.leaveOneVideoOut(data, config);
      if (foldModels != null) {
        Files.createDirectories(foldModels);
        for (var e : loo.models().entrySet()) {
          LinearSpamDetector.MODEL_FORMAT.write(
              e.getValue(), foldModels.resolve("loo-" + e.getKey() + "-model.json"));
        }
      }
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("seed", config.seed());
      r.putAll(
          SpamExperiment.leaveOneVideoOutReport(data, loo.predictions(), training.bootstrap()));
      ModelCommands.writeReport(r, report, stdout);
    }
    SpamTrainer.Result result = new SpamTrainer(config).train(data, provenance);
    LinearSpamDetector.MODEL_FORMAT.write(result.model(), training.out);
    ModelCommands.printWritten(stdout, training.out, result.chosenC(), result.model());
    return VeracityCli.EXIT_OK;
  }
}
