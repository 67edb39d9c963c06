package dev.veracity.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.veracity.comment.LinearSpamDetector;
import dev.veracity.comment.SpamModel;
import dev.veracity.comment.SpamModelJson;
import dev.veracity.eval.Bootstrap;
import dev.veracity.input.InputException;
import dev.veracity.train.SpamExperiment;
import dev.veracity.train.data.JsonLines;
import dev.veracity.train.data.LabeledSentence;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veracity evaluate spam}: scores a labelled JSON-lines file of comments. */
@Command(
    name = "spam",
    mixinStandardHelpOptions = true,
    description =
        "Score a JSON-lines file of {\"text\":…, \"label\": 1|0|\"spam\"|\"ham\"|\"yes\"|\"no\"}"
            + " with the comment-spam model and report accuracy, spam precision, recall and F1,"
            + " ROC-AUC and ECE with bootstrap 95%% intervals, overall and per group.")
final class EvaluateSpamCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, description = "The labelled JSON-lines file.")
  Path data;

  @Option(names = "--model", description = "A model JSON file (default: the built-in model).")
  Path model;

  @Option(
      names = "--group-field",
      defaultValue = "group",
      description = "Field naming each line's group (default ${DEFAULT-VALUE}).")
  String groupField;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Option(names = "--bootstrap", defaultValue = "1000", description = "Bootstrap resamples.")
  int resamples;

  @Option(names = "--seed", defaultValue = "13", description = "Bootstrap seed.")
  long seed;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    LinearSpamDetector detector;
    List<LabeledSentence> rows;
    try {
      SpamModel m = model == null ? SpamModelJson.readDefault() : SpamModelJson.read(model);
      detector = new LinearSpamDetector(m);
      rows = JsonLines.read(data, groupField);
    } catch (IOException e) {
      throw new InputException(
          InputException.Code.UNREADABLE, data.toString(), "cannot read: " + e.getMessage(), e);
    }
    double[] p = new double[rows.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = detector.score(rows.get(i).text()).probability();
    }
    double threshold = detector.model().threshold();
    Map<String, Object> r =
        SpamExperiment.metrics(rows, p, threshold, new Bootstrap(resamples, seed), true);
    r.put("threshold", threshold);
    r.put("model", detector.describe());
    if (json) {
      out.println(
          new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r));
    } else {
      print(out, "all", r);
      if (r.get("groups") instanceof Map<?, ?> groups) {
        for (var e : groups.entrySet()) {
          print(out, String.valueOf(e.getKey()), (Map<?, ?>) e.getValue());
        }
      }
    }
    return VeracityCli.EXIT_OK;
  }

  private static void print(PrintWriter out, String name, Map<?, ?> m) {
    out.printf("%s: n=%s spam=%s%n", name, m.get("n"), m.get("spam"));
    for (String k : SpamExperiment.METRICS) {
      Map<?, ?> e = (Map<?, ?>) m.get(k);
      List<?> ci = (List<?>) e.get("ci95");
      out.printf("  %-10s %s  [%s, %s]%n", k, e.get("value"), ci.get(0), ci.get(1));
    }
  }
}
