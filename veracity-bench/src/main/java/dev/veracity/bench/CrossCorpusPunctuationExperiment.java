package dev.veracity.bench;

import dev.veracity.classify.ModelKind;
import dev.veracity.corpus.LabelledDocument;
import dev.veracity.eval.BinaryMetrics;
import dev.veracity.feature.FeatureVector;
import dev.veracity.train.ReliabilityExperiment;
import dev.veracity.train.ReliabilityTrainer;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Punctuation habits as outlet house style: for each article corpus held out (trained on the
 * others), ROC AUC of the articles features as they are ("with punctuation"), of the same model
 * with its hashed n-grams taken from the text with every punctuation mark and symbol replaced by a
 * space (style cues and length still from the original text: "n-grams without punctuation"), and of
 * the equal-weight average of the two models' log-odds ("average"), each one liblinear fit at a
 * fixed C with the articles kind's solver, class weights and seed. The average and its equal
 * weights are fixed in advance, not chosen on any held-out corpus. Then the nested protocol: the
 * view and C chosen for each held-out corpus by an inner leave-one-corpus-out loop over its
 * training corpora, and that one choice scored on the held-out corpus.
 *
 * <p>Usage: {@code java -cp veracity-bench/target/benchmarks.jar
 * dev.veracity.bench.CrossCorpusPunctuationExperiment [DATASETS_DIR] [C,...]}.
 */
public final class CrossCorpusPunctuationExperiment {

  private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}\\p{M}\\s]");

  private CrossCorpusPunctuationExperiment() {}

  /** Runs the experiment. */
  public static void main(String[] args) throws Exception {
    Path datasets = Path.of(args.length > 0 ? args[0] : "../shared/datasets");
    String[] cs = (args.length > 1 ? args[1] : "1").split(",");
    PrintStream out = System.out;
    ReliabilityTrainer trainer = ReliabilityTrainer.defaults(ModelKind.ARTICLES, 13);
    List<LabelledDocument> docs =
        ReliabilityExperiment.load(datasets, ReliabilityExperiment.readers(ModelKind.ARTICLES))
            .documents();
    List<LabelledDocument> stripped =
        docs.stream().map(CrossCorpusPunctuationExperiment::strip).toList();
    ReliabilityTrainer.Features with = trainer.featurize(docs);
    ReliabilityTrainer.Features without = trainer.featurize(stripped);
    int buckets = trainer.config().features().buckets();
    int dim = buckets + 9;
    int n = with.x().size();
    FeatureVector[] a = new FeatureVector[n];
    FeatureVector[] b = new FeatureVector[n];
    for (int i = 0; i < n; i++) {
      a[i] = with.x().vector(i);
      b[i] = ngramsOfFirstDenseOfSecond(without.x().vector(i), a[i], buckets);
    }
    List<String> corpus = with.groups().stream().map(ReliabilityExperiment::corpusOf).toList();
    out.printf("features %s; ROC AUC of the held-out corpus%n", trainer.config().features());
    out.printf(
        "%-24s %-6s %-18s %-26s %-8s%n",
        "held out", "C", "with punctuation", "n-grams without punctuation", "average");
    for (String held : new TreeSet<>(corpus)) {
      List<Integer> trainRows = new ArrayList<>();
      List<Integer> testRows = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        (corpus.get(i).equals(held) ? testRows : trainRows).add(i);
      }
      int[] y = trainRows.stream().mapToInt(i -> with.y()[i]).toArray();
      int[] yTest = testRows.stream().mapToInt(i -> with.y()[i]).toArray();
      for (String cText : cs) {
        double c = Double.parseDouble(cText);
        double[] ra = trainer.fitAndScore(pick(a, trainRows), y, pick(a, testRows), dim, c);
        double[] rb = trainer.fitAndScore(pick(b, trainRows), y, pick(b, testRows), dim, c);
        double[] avg = new double[ra.length];
        for (int i = 0; i < avg.length; i++) {
          avg[i] = 0.5 * (ra[i] + rb[i]);
        }
        out.printf(
            "%-24s %-6s %-18.4f %-26.4f %-8.4f%n",
            held,
            cText,
            BinaryMetrics.rocAuc(ra, yTest),
            BinaryMetrics.rocAuc(rb, yTest),
            BinaryMetrics.rocAuc(avg, yTest));
      }
    }
    nested(out, trainer, new FeatureVector[][] {a, b}, with.y(), corpus, cs, dim);
  }

  /**
   * The nested protocol: for each held-out corpus, the view (with punctuation, without, average)
   * and C are chosen by the mean ROC AUC of an inner leave-one-corpus-out loop over the training
   * corpora only (ties go to the earlier view, then the earlier C), and only the chosen setting is
   * scored on the held-out corpus.
   */
  private static void nested(
      PrintStream out,
      ReliabilityTrainer trainer,
      FeatureVector[][] views,
      int[] labels,
      List<String> corpus,
      String[] cs,
      int dim) {
    String[] names = {"with punctuation", "without punctuation", "average"};
    out.printf("%nnested choice (inner leave-one-corpus-out on the training corpora)%n");
    TreeSet<String> all = new TreeSet<>(corpus);
    for (String held : all) {
      double best = Double.NEGATIVE_INFINITY;
      int bestView = -1;
      String bestC = null;
      StringBuilder inner = new StringBuilder();
      for (int v = 0; v < names.length; v++) {
        for (String cText : cs) {
          double sum = 0;
          int folds = 0;
          for (String validation : all) {
            if (validation.equals(held)) {
              continue;
            }
            List<Integer> fit = new ArrayList<>();
            List<Integer> score = new ArrayList<>();
            for (int i = 0; i < corpus.size(); i++) {
              String k = corpus.get(i);
              if (k.equals(validation)) {
                score.add(i);
              } else if (!k.equals(held)) {
                fit.add(i);
              }
            }
            sum += auc(trainer, views, v, labels, fit, score, Double.parseDouble(cText), dim);
            folds++;
          }
          double mean = sum / folds;
          inner.append(String.format(" %s/C=%s %.4f;", names[v], cText, mean));
          if (mean > best) {
            best = mean;
            bestView = v;
            bestC = cText;
          }
        }
      }
      List<Integer> fit = new ArrayList<>();
      List<Integer> score = new ArrayList<>();
      for (int i = 0; i < corpus.size(); i++) {
        (corpus.get(i).equals(held) ? score : fit).add(i);
      }
      double outer =
          auc(trainer, views, bestView, labels, fit, score, Double.parseDouble(bestC), dim);
      out.printf("%-24s inner mean AUC:%s%n", held, inner);
      out.printf(
          "%-24s chosen %s, C=%s (inner %.4f): held-out ROC AUC %.4f%n",
          held, names[bestView], bestC, best, outer);
    }
  }

  /**
   * ROC AUC on {@code score} of view {@code v} (2 = the average of views 0 and 1) fitted on fit.
   */
  private static double auc(
      ReliabilityTrainer trainer,
      FeatureVector[][] views,
      int v,
      int[] labels,
      List<Integer> fit,
      List<Integer> score,
      double c,
      int dim) {
    int[] y = fit.stream().mapToInt(i -> labels[i]).toArray();
    int[] yScore = score.stream().mapToInt(i -> labels[i]).toArray();
    double[] raw;
    if (v < 2) {
      raw = trainer.fitAndScore(pick(views[v], fit), y, pick(views[v], score), dim, c);
    } else {
      double[] ra = trainer.fitAndScore(pick(views[0], fit), y, pick(views[0], score), dim, c);
      double[] rb = trainer.fitAndScore(pick(views[1], fit), y, pick(views[1], score), dim, c);
      raw = new double[ra.length];
      for (int i = 0; i < raw.length; i++) {
        raw[i] = 0.5 * (ra[i] + rb[i]);
      }
    }
    return BinaryMetrics.rocAuc(raw, yScore);
  }

  private static LabelledDocument strip(LabelledDocument d) {
    return new LabelledDocument(
        d.corpus(),
        d.id(),
        d.title().map(CrossCorpusPunctuationExperiment::strip),
        strip(d.text()),
        d.label(),
        d.originalLabel(),
        d.group());
  }

  private static String strip(String s) {
    return PUNCTUATION.matcher(s).replaceAll(" ");
  }

  /** The hashed n-gram entries of {@code ngrams} with the dense columns of {@code dense}. */
  private static FeatureVector ngramsOfFirstDenseOfSecond(
      FeatureVector ngrams, FeatureVector dense, int buckets) {
    List<Integer> idx = new ArrayList<>();
    List<Double> val = new ArrayList<>();
    for (int j = 0; j < ngrams.indices().length; j++) {
      if (ngrams.indices()[j] < buckets) {
        idx.add(ngrams.indices()[j]);
        val.add(ngrams.values()[j]);
      }
    }
    for (int j = 0; j < dense.indices().length; j++) {
      if (dense.indices()[j] >= buckets) {
        idx.add(dense.indices()[j]);
        val.add(dense.values()[j]);
      }
    }
    return new FeatureVector(
        idx.stream().mapToInt(Integer::intValue).toArray(),
        val.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private static FeatureVector[] pick(FeatureVector[] all, List<Integer> rows) {
    return rows.stream().map(i -> all[i]).toArray(FeatureVector[]::new);
  }
}
