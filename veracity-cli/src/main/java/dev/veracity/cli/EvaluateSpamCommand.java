package dev.veracity.cli;

import dev.veracity.comment.LinearSpamDetector;
import dev.veracity.train.SpamExperiment;
import dev.veracity.train.data.LabeledSentence;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Mixin LabelledDataOptions options;

  @Option(
      names = "--group-field",
      defaultValue = "group",
      description = "Field naming each line's group (default ${DEFAULT-VALUE}).")
  String groupField;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    LinearSpamDetector detector =
        new LinearSpamDetector(options.model(LinearSpamDetector.MODEL_FORMAT));
    List<LabeledSentence> rows = options.rows(groupField);
    double[] p = new double[rows.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = detector.score(rows.get(i).text()).probability();
    }
    double threshold = detector.model().threshold();
    Map<String, Object> r = SpamExperiment.metrics(rows, p, threshold, options.bootstrap(), true);
    r.put("threshold", threshold);
    r.put("model", detector.describe());
    if (options.json()) {
      out.println(ModelCommands.json(r));
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
