package dev.veracity.train;

import dev.veracity.claim.ClaimFeaturizer;
import dev.veracity.comment.LinearSpamDetector;
import dev.veracity.eval.BinaryEvaluation;
import dev.veracity.eval.BinaryMetrics;
import dev.veracity.eval.Bootstrap;
import dev.veracity.feature.FeatureVector;
import dev.veracity.model.InvalidModelException;
import dev.veracity.model.LinearTextModel;
import dev.veracity.train.data.JsonLines;
import dev.veracity.train.data.LabeledSentence;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The comment-spam experiment: leave-one-video-out evaluation of the whole training pipeline (the
 * held-out video never takes part in choosing C, calibrating or fitting), grouped metrics with
 * bootstrap intervals, and JSON-lines exports so that baselines run on exactly the same splits.
 */
public final class SpamExperiment {

  /** The metrics a spam evaluation reports, in order. */
  public static final List<String> METRICS =
      List.of("accuracy", "precision", "recall", "f1", "roc_auc", "ece");

  private SpamExperiment() {}

  /** The distinct groups (videos) of {@code data}, sorted. */
  public static List<String> groups(List<LabeledSentence> data) {
    return data.stream().map(LabeledSentence::group).distinct().sorted().toList();
  }

  /**
   * Leave-one-video-out results.
   *
   * @param predictions calibrated probabilities and flags, each from the model that did not see the
   *     comment
   * @param models the model trained without each video, by video
   */
  public record LeaveOneVideoOut(
      CheckworthyExperiment.Predictions predictions, Map<String, LinearTextModel> models) {

    /** Copies. */
    public LeaveOneVideoOut {
      models = Collections.unmodifiableMap(new LinkedHashMap<>(models));
    }
  }

  /** For each video, trains on the other videos and scores the held-out one. */
  public static LeaveOneVideoOut leaveOneVideoOut(List<LabeledSentence> data, TrainerConfig config)
      throws InvalidModelException {
    ClaimFeaturizer featurizer = LinearSpamDetector.featurizer(config.features());
    FeatureVector[] x = CheckworthyTrainer.featurize(featurizer, data);
    double[] p = new double[data.size()];
    boolean[] flagged = new boolean[data.size()];
    SpamTrainer trainer = new SpamTrainer(config);
    Map<String, LinearTextModel> models = new LinkedHashMap<>();
    for (String video : groups(data)) {
      int[] train =
          IntStream.range(0, data.size()).filter(i -> !data.get(i).group().equals(video)).toArray();
      Map<String, Object> provenance = new LinkedHashMap<>();
      provenance.put("held_out_video", video);
      SpamTrainer.Result r = trainer.train(featurizer, x, data, train, provenance);
      models.put(video, r.model());
      LinearSpamDetector detector = new LinearSpamDetector(r.model());
      for (int i = 0; i < data.size(); i++) {
        if (data.get(i).group().equals(video)) {
          p[i] = detector.score(data.get(i).text()).probability();
          flagged[i] = p[i] >= r.model().threshold();
        }
      }
    }
    return new LeaveOneVideoOut(new CheckworthyExperiment.Predictions(p, flagged), models);
  }

  /**
   * Per-video accuracy, spam F1 and macro-F1 of leave-one-video-out predictions, their means, and
   * the pooled metrics with bootstrap intervals.
   */
  public static Map<String, Object> leaveOneVideoOutReport(
      List<LabeledSentence> data, CheckworthyExperiment.Predictions pr, Bootstrap bootstrap) {
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Object> videos = new LinkedHashMap<>();
    double sumMacro = 0;
    double sumAcc = 0;
    double sumF1 = 0;
    double minMacro = 1;
    double sumUnseen = 0;
    Map<String, Set<String>> videosOf = new HashMap<>();
    for (LabeledSentence s : data) {
      videosOf.computeIfAbsent(normalise(s.text()), t -> new HashSet<>()).add(s.group());
    }
    for (String video : groups(data)) {
      int[] idx =
          IntStream.range(0, data.size()).filter(i -> data.get(i).group().equals(video)).toArray();
      double[] p = IntStream.of(idx).mapToDouble(i -> pr.flagged()[i] ? 1.0 : 0.0).toArray();
      int[] y = IntStream.of(idx).map(i -> data.get(i).label()).toArray();
      double acc = BinaryMetrics.accuracy(p, y, 0.5);
      double f1 = BinaryMetrics.f1(p, y, 0.5);
      double macro = SpamTrainer.macroF1(p, y);
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("n", idx.length);
      v.put("spam", IntStream.of(y).sum());
      v.put("accuracy", round(acc));
      v.put("f1", round(f1));
      v.put("macro_f1", round(macro));
      // Spam campaigns repeat word for word across videos; scoring only texts that occur in no
      // training video shows how much those repeats help.
      int[] unseen =
          IntStream.range(0, idx.length)
              .filter(k -> videosOf.get(normalise(data.get(idx[k]).text())).size() == 1)
              .toArray();
      double unseenMacro =
          SpamTrainer.macroF1(
              IntStream.of(unseen).mapToDouble(k -> p[k]).toArray(),
              IntStream.of(unseen).map(k -> y[k]).toArray());
      v.put("unseen_text_n", unseen.length);
      v.put("unseen_text_macro_f1", round(unseenMacro));
      sumUnseen += unseenMacro;
      videos.put(video, v);
      sumMacro += macro;
      sumAcc += acc;
      sumF1 += f1;
      minMacro = Math.min(minMacro, macro);
    }
    int k = videos.size();
    out.put("protocol", "leave-one-video-out; C, calibration and weights from the other videos");
    out.put("videos", videos);
    out.put("mean_accuracy", round(sumAcc / k));
    out.put("mean_f1", round(sumF1 / k));
    out.put("mean_macro_f1", round(sumMacro / k));
    out.put("min_macro_f1", round(minMacro));
    out.put("mean_unseen_text_macro_f1", round(sumUnseen / k));
    out.put("pooled", metrics(data, pr.probability(), SpamTrainer.THRESHOLD, bootstrap, false));
    return out;
  }

  /**
   * The spam metrics ({@link #METRICS} and {@code n}) of probabilities {@code p} with bootstrap
   * intervals; with {@code perGroup} and more than one group, also {@code groups: {name: {...}}}.
   */
  public static Map<String, Object> metrics(
      List<LabeledSentence> data,
      double[] p,
      double threshold,
      Bootstrap bootstrap,
      boolean perGroup) {
    int[] y = data.stream().mapToInt(LabeledSentence::label).toArray();
    Map<String, Object> m = metrics(p, y, threshold, bootstrap);
    List<String> groups = groups(data);
    if (perGroup && groups.size() > 1) {
      Map<String, List<Integer>> members = new TreeMap<>();
      for (int i = 0; i < data.size(); i++) {
        members.computeIfAbsent(data.get(i).group(), g -> new ArrayList<>()).add(i);
      }
      Map<String, Object> per = new LinkedHashMap<>();
      for (var e : members.entrySet()) {
        per.put(
            e.getKey(),
            metrics(
                e.getValue().stream().mapToDouble(i -> p[i]).toArray(),
                e.getValue().stream().mapToInt(i -> y[i]).toArray(),
                threshold,
                bootstrap));
      }
      m.put("groups", per);
    }
    return m;
  }

  private static Map<String, Object> metrics(
      double[] p, int[] y, double threshold, Bootstrap bootstrap) {
    BinaryEvaluation ev = BinaryEvaluation.of(p, y, threshold, bootstrap);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("n", ev.n());
    m.put("spam", ev.positives());
    for (String k : METRICS) {
      m.put(k, CheckworthyExperiment.json(ev.metrics().get(k)));
    }
    return m;
  }

  /**
   * Writes {@code youtube-spam.jsonl} (every comment, group = video) and, for every video, {@code
   * loo-VIDEO-train.jsonl} and {@code loo-VIDEO-test.jsonl}.
   */
  public static void export(List<LabeledSentence> data, Path dir) throws IOException {
    JsonLines.write(data, dir.resolve("youtube-spam.jsonl"));
    for (String video : groups(data)) {
      List<LabeledSentence> train = new ArrayList<>();
      List<LabeledSentence> test = new ArrayList<>();
      for (LabeledSentence s : data) {
        (s.group().equals(video) ? test : train).add(s);
      }
      JsonLines.write(train, dir.resolve("loo-" + video + "-train.jsonl"));
      JsonLines.write(test, dir.resolve("loo-" + video + "-test.jsonl"));
    }
  }

  /** Lower-cased text with runs of white space collapsed, for finding repeated comments. */
  static String normalise(String text) {
    return String.join(" ", text.toLowerCase(Locale.ROOT).strip().split("(?U)\\s+"));
  }

  private static double round(double v) {
    return Double.isNaN(v) ? v : Math.round(v * 10_000) / 10_000.0;
  }
}
