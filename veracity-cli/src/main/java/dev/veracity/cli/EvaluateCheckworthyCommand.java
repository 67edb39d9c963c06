package dev.veracity.cli;

import dev.veracity.claim.LinearClaimDetector;
import dev.veracity.eval.BinaryEvaluation;
import dev.veracity.eval.Estimate;
import dev.veracity.eval.ReliabilityBin;
import dev.veracity.model.LinearTextModel;
import dev.veracity.train.CheckworthyExperiment;
import dev.veracity.train.data.LabeledSentence;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code veracity evaluate checkworthy}: scores a labelled JSON-lines file. */
@Command(
    name = "checkworthy",
    mixinStandardHelpOptions = true,
    description =
        "Score a JSON-lines file of {\"text\":…, \"label\": 1|0|\"yes\"|\"no\"} with the"
            + " check-worthiness model and report precision, recall, F1 (check-worthy class),"
            + " average precision, ROC-AUC and ECE with bootstrap 95%% intervals, and the"
            + " reliability diagram.")
final class EvaluateCheckworthyCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin LabelledDataOptions options;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    LinearTextModel m = options.model(LinearClaimDetector.MODEL_FORMAT);
    LinearClaimDetector detector = ClaimModelOption.detector(m);
    List<LabeledSentence> rows = options.rows("group");
    double[] p = new double[rows.size()];
    int[] y = new int[rows.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = detector.score(rows.get(i).text()).probability();
      y[i] = rows.get(i).label();
    }
    BinaryEvaluation ev = BinaryEvaluation.of(p, y, m.threshold(), options.bootstrap());
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("n", ev.n());
    r.put("positives", ev.positives());
    r.put("threshold", m.threshold());
    for (String k :
        List.of(
            "precision",
            "recall",
            "f1",
            "average_precision",
            "roc_auc",
            "ece",
            "accuracy",
            "brier")) {
      r.put(k, CheckworthyExperiment.json(ev.metrics().get(k)));
    }
    List<Map<String, Object>> bins = new ArrayList<>();
    for (ReliabilityBin b : ev.reliability()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("bin", String.format("[%.1f, %.1f)", b.low(), b.high()));
      row.put("count", b.count());
      row.put("mean_score", Math.round(b.meanScore() * 1e4) / 1e4);
      row.put("positive_rate", Math.round(b.positiveRate() * 1e4) / 1e4);
      bins.add(row);
    }
    r.put("reliability", bins);
    r.put("model", detector.describe());
    if (options.json()) {
      out.println(ModelCommands.json(r));
    } else {
      out.printf("n=%d positives=%d threshold=%.4f%n", ev.n(), ev.positives(), m.threshold());
      for (var e : ev.metrics().entrySet()) {
        Estimate est = e.getValue();
        out.printf("%-18s %.4f  [%.4f, %.4f]%n", e.getKey(), est.value(), est.low(), est.high());
      }
      out.println("reliability (bin, count, mean score, positive rate):");
      for (Map<String, Object> row : bins) {
        out.printf(
            "  %s %6s  %s  %s%n",
            row.get("bin"), row.get("count"), row.get("mean_score"), row.get("positive_rate"));
      }
    }
    return VeracityCli.EXIT_OK;
  }
}
