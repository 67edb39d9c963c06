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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /** The three scorings compared, in the column order of every table. */
  private static final String[] VIEWS = {"with punctuation", "without punctuation", "average"};

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
    Views views = new Views(trainer, a, b, with.y(), corpus, dim);
    TreeSet<String> corpora = new TreeSet<>(corpus);
    out.printf("features %s; ROC AUC of the held-out corpus%n", trainer.config().features());
    out.printf(
        "%-24s %-6s %-18s %-26s %-8s%n",
        "held out", "C", "with punctuation", "n-grams without punctuation", "average");
    // heldOut.get(corpus)[C index][view]: each view's ROC AUC on that corpus held out.
    Map<String, double[][]> heldOut = new LinkedHashMap<>();
    for (String held : corpora) {
      double[][] byC = new double[cs.length][];
      for (int k = 0; k < cs.length; k++) {
        byC[k] = views.aucs(held, held, Double.parseDouble(cs[k]));
        out.printf(
            "%-24s %-6s %-18.4f %-26.4f %-8.4f%n", held, cs[k], byC[k][0], byC[k][1], byC[k][2]);
      }
      heldOut.put(held, byC);
    }
    nested(out, views, corpora, cs, heldOut);
  }

  /**
   * The nested protocol: for each held-out corpus, the view (with punctuation, without, average)
   * and C are chosen by the mean ROC AUC of an inner leave-one-corpus-out loop over the training
   * corpora only (ties go to the earlier view, then the earlier C), and only the chosen setting's
   * held-out ROC AUC (from {@code heldOut}) is reported.
   */
  private static void nested(
      PrintStream out,
      Views views,
      TreeSet<String> corpora,
      String[] cs,
      Map<String, double[][]> heldOut) {
    out.printf("%nnested choice (inner leave-one-corpus-out on the training corpora)%n");
    for (String held : corpora) {
      double[][] mean = new double[cs.length][VIEWS.length];
      for (int k = 0; k < cs.length; k++) {
        int folds = 0;
        for (String validation : corpora) {
          if (!validation.equals(held)) {
            double[] aucs = views.aucs(validation, held, Double.parseDouble(cs[k]));
            for (int v = 0; v < VIEWS.length; v++) {
              mean[k][v] += aucs[v];
            }
            folds++;
          }
        }
        for (int v = 0; v < VIEWS.length; v++) {
          mean[k][v] /= folds;
        }
      }
      double best = Double.NEGATIVE_INFINITY;
      int bestView = -1;
      int bestC = -1;
      StringBuilder inner = new StringBuilder();
      for (int v = 0; v < VIEWS.length; v++) {
        for (int k = 0; k < cs.length; k++) {
          inner.append(String.format(" %s/C=%s %.4f;", VIEWS[v], cs[k], mean[k][v]));
          if (mean[k][v] > best) {
            best = mean[k][v];
            bestView = v;
            bestC = k;
          }
        }
      }
      out.printf("%-24s inner mean AUC:%s%n", held, inner);
      out.printf(
          "%-24s chosen %s, C=%s (inner %.4f): held-out ROC AUC %.4f%n",
          held, VIEWS[bestView], cs[bestC], best, heldOut.get(held)[bestC][bestView]);
    }
  }

  /** The two feature views of every article, their labels and corpora. */
  private record Views(
      ReliabilityTrainer trainer,
      FeatureVector[] with,
      FeatureVector[] without,
      int[] labels,
      List<String> corpus,
      int dim) {

    /**
     * ROC AUC on corpus {@code scored} of each view of {@link #VIEWS} (the average being that of
     * the first two views' log-odds), fitted at {@code c} on every corpus but {@code scored} and
     * {@code excluded} (the same corpus when only one is held out).
     */
    double[] aucs(String scored, String excluded, double c) {
      List<Integer> fit = new ArrayList<>();
      List<Integer> score = new ArrayList<>();
      for (int i = 0; i < corpus.size(); i++) {
        String k = corpus.get(i);
        if (k.equals(scored)) {
          score.add(i);
        } else if (!k.equals(excluded)) {
          fit.add(i);
        }
      }
      int[] y = fit.stream().mapToInt(i -> labels[i]).toArray();
      int[] yScore = score.stream().mapToInt(i -> labels[i]).toArray();
      double[] ra = trainer.fitAndScore(pick(with, fit), y, pick(with, score), dim, c);
      double[] rb = trainer.fitAndScore(pick(without, fit), y, pick(without, score), dim, c);
      double[] avg = new double[ra.length];
      for (int i = 0; i < avg.length; i++) {
        avg[i] = 0.5 * (ra[i] + rb[i]);
      }
      return new double[] {
        BinaryMetrics.rocAuc(ra, yScore),
        BinaryMetrics.rocAuc(rb, yScore),
        BinaryMetrics.rocAuc(avg, yScore)
      };
    }
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
