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
 * weights are fixed in advance, not chosen on any held-out corpus.
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
