package dev.veracity.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.veracity.claim.ClaimModel;
import dev.veracity.claim.ClaimModelJson;
import dev.veracity.claim.LinearClaimDetector;
import dev.veracity.eval.BinaryEvaluation;
import dev.veracity.eval.Bootstrap;
import dev.veracity.eval.Estimate;
import dev.veracity.eval.ReliabilityBin;
import dev.veracity.input.InputException;
import dev.veracity.train.CheckworthyExperiment;
import dev.veracity.train.data.JsonLines;
import dev.veracity.train.data.LabeledSentence;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veracity evaluate checkworthy}: scores a labelled JSON-lines file. */
@Command(
    name = "checkworthy",
    mixinStandardHelpOptions = true,
    description =
        "Score a JSON-lines file of {\"text\":…, \"label\": 1|0|\"yes\"|\"no\"} with the"
            + " check-worthiness model and report precision, recall, F1 (check-worthy class),"
            + " average precision, ROC-AUC and ECE with bootstrap 95%% intervals.")
final class EvaluateCheckworthyCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, description = "The labelled JSON-lines file.")
  Path data;

  @Option(names = "--model", description = "A model JSON file (default: the built-in model).")
  Path model;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Option(names = "--bootstrap", defaultValue = "1000", description = "Bootstrap resamples.")
  int resamples;

  @Option(names = "--seed", defaultValue = "13", description = "Bootstrap seed.")
  long seed;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ClaimModel m;
    List<LabeledSentence> rows;
    try {
      m = model == null ? ClaimModelJson.readDefault() : ClaimModelJson.read(model);
      rows = JsonLines.read(data);
    } catch (IOException e) {
      throw new InputException(
          InputException.Code.UNREADABLE, data.toString(), "cannot read: " + e.getMessage(), e);
    }
    LinearClaimDetector detector = new LinearClaimDetector(m);
    double[] p = new double[rows.size()];
    int[] y = new int[rows.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = detector.score(rows.get(i).text()).probability();
      y[i] = rows.get(i).label();
    }
    BinaryEvaluation ev = BinaryEvaluation.of(p, y, m.threshold(), new Bootstrap(resamples, seed));
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
    if (json) {
      out.println(
          new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r));
    } else {
      out.printf("n=%d positives=%d threshold=%.4f%n", ev.n(), ev.positives(), m.threshold());
      for (var e : ev.metrics().entrySet()) {
        Estimate est = e.getValue();
        out.printf("%-18s %.4f  [%.4f, %.4f]%n", e.getKey(), est.value(), est.low(), est.high());
      }
    }
    return VeracityCli.EXIT_OK;
  }
}
