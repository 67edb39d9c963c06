package dev.veracity.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.veracity.comment.SpamModelJson;
import dev.veracity.eval.Bootstrap;
import dev.veracity.feature.FeatureConfig;
import dev.veracity.train.CheckworthyExperiment;
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

  @Option(names = "--datasets", required = true, description = "The shared datasets directory.")
  Path datasets;

  @Option(names = "--out", required = true, description = "Where to write the model JSON.")
  Path out;

  @Option(
      names = "--seed",
      defaultValue = "13",
      description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--c-grid", split = ",", description = "Candidate C values.")
  List<Double> cGrid;

  @Option(names = "--hash-bits", description = "log2 of the hashed buckets.")
  Integer hashBits;

  @Option(names = "--char-ngrams", description = "Character n-gram range MIN..MAX (0..0: none).")
  String charNgrams;

  @Option(names = "--word-ngrams", description = "Longest word n-gram.")
  Integer wordNgrams;

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
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    try {
      TrainerConfig config = config();
      List<LabeledSentence> data = YoutubeSpamCorpus.read(datasets);
      Map<String, Object> provenance = new LinkedHashMap<>();
      provenance.put("corpus", "YouTube Spam Collection (" + YoutubeSpamCorpus.DIRECTORY + ")");
      provenance.put("files", YoutubeSpamCorpus.provenance(datasets));
      provenance.put("rows", data.size());
      if (leaveOneVideoOut) {
        SpamExperiment.LeaveOneVideoOut loo = SpamExperiment.leaveOneVideoOut(data, config);
        CheckworthyExperiment.Predictions p = loo.predictions();
        if (foldModels != null) {
          Files.createDirectories(foldModels);
          for (var e : loo.models().entrySet()) {
            SpamModelJson.write(
                e.getValue(), foldModels.resolve("loo-" + e.getKey() + "-model.json"));
          }
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("seed", seed);
        r.putAll(SpamExperiment.leaveOneVideoOutReport(data, p, new Bootstrap(1000, seed)));
        String json =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r);
        if (report != null) {
          Files.writeString(report, json);
        } else {
          stdout.println(json);
        }
      }
      SpamTrainer.Result result = new SpamTrainer(config).train(data, provenance);
      SpamModelJson.write(result.model(), out);
      stdout.printf(
          "wrote %s: C=%s, %d non-zero weights, threshold %.4f%n",
          out, result.chosenC(), result.model().weights().size(), result.model().threshold());
      return VeracityCli.EXIT_OK;
    } catch (IllegalArgumentException e) {
      err.println("veracity: " + e.getMessage());
      return VeracityCli.EXIT_USAGE;
    }
  }

  private TrainerConfig config() {
    TrainerConfig c = SpamTrainer.defaults(seed);
    FeatureConfig f = c.features();
    if (hashBits != null) {
      f = f.withHashBits(hashBits);
    }
    if (wordNgrams != null) {
      f = f.withWordNgrams(1, wordNgrams);
    }
    if (charNgrams != null) {
      String[] range = charNgrams.split("\\.\\.", -1);
      if (range.length != 2) {
        throw new IllegalArgumentException("--char-ngrams must be MIN..MAX, got " + charNgrams);
      }
      f = f.withCharNgrams(Integer.parseInt(range[0].strip()), Integer.parseInt(range[1].strip()));
    }
    c = c.withFeatures(f);
    return cGrid == null ? c : c.withSolver(c.solver(), cGrid);
  }
}
