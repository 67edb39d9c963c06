package dev.veracity.cli;

import dev.veracity.classify.ModelKind;
import dev.veracity.classify.ShortTextRouter;
import dev.veracity.train.ReliabilityExperiment;
import dev.veracity.train.ShortTextRouterTrainer;
import dev.veracity.train.TrainerConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code veracity train short-text-router}: rebuilds the router between statements and posts. */
@Command(
    name = "short-text-router",
    mixinStandardHelpOptions = true,
    description = {
      "Train the short-text router (logistic regression over hashed word 1-2-grams that tells"
          + " social-media posts from political statements, so that each short text goes to the"
          + " reliability model of its kind) on the training data of the statements and posts"
          + " models, and write it as JSON.",
      "With default options this rebuilds the committed default router."
    })
final class TrainShortTextRouterCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin LinearTrainingOptions training;

  @Override
  public Integer call() throws Exception {
    return ModelCommands.withUsageErrors(spec, this::train);
  }

  private int train() throws Exception {
    PrintWriter stdout = spec.commandLine().getOut();
    Path datasets = training.datasets;
    Path out = training.out;
    TrainerConfig config = training.config(ShortTextRouterTrainer::defaults);
    ReliabilityExperiment.TrainingData statements =
        ReliabilityExperiment.load(datasets, ReliabilityExperiment.readers(ModelKind.STATEMENTS));
    ReliabilityExperiment.TrainingData posts =
        ReliabilityExperiment.load(datasets, ReliabilityExperiment.readers(ModelKind.POSTS));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("statements", statements.provenance());
    data.put("posts", posts.provenance());
    ShortTextRouterTrainer.Result result =
        new ShortTextRouterTrainer(config).train(statements.documents(), posts.documents(), data);
    ShortTextRouter.MODEL_FORMAT.write(result.model(), out);
    stdout.printf(
        "wrote %s: %d statements, %d posts, C=%s, %d non-zero weights, out-of-fold %s%n",
        out,
        statements.documents().size(),
        posts.documents().size(),
        result.chosenC(),
        result.model().weights().size(),
        result.model().provenance().get("metrics"));
    return VeracityCli.EXIT_OK;
  }
}
