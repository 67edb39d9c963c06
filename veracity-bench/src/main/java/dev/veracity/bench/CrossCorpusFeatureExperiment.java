package dev.veracity.bench;

import dev.veracity.classify.ModelKind;
import dev.veracity.eval.BinaryMetrics;
import dev.veracity.feature.FeatureConfig;
import dev.veracity.feature.FeatureVector;
import dev.veracity.train.ReliabilityExperiment;
import dev.veracity.train.ReliabilityTrainer;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Which feature family of the articles model hurts transfer to an unseen corpus: for each article
 * corpus held out (trained on the others), ROC AUC of one liblinear logistic fit at a fixed C (the
 * articles kind's solver, class weights and seed) on all features, without the eight style-cue
 * columns, and on the hashed n-grams alone (no style cues, no length); a column is dropped by
 * zeroing it in every row.
 *
 * <p>Usage: {@code java -cp veracity-bench/target/benchmarks.jar
 * dev.veracity.bench.CrossCorpusFeatureExperiment [DATASETS_DIR] [C] [HASH_BITS] [WORD_NGRAM_MAX]}.
 */
public final class CrossCorpusFeatureExperiment {

  private CrossCorpusFeatureExperiment() {}

  /** Runs the experiment. */
  public static void main(String[] args) throws Exception {
    Path datasets = Path.of(args.length > 0 ? args[0] : "../shared/datasets");
    double c = args.length > 1 ? Double.parseDouble(args[1]) : 1.0;
    PrintStream out = System.out;
    ReliabilityTrainer trainer = ReliabilityTrainer.defaults(ModelKind.ARTICLES, 13);
    FeatureConfig features = trainer.config().features();
    if (args.length > 2) {
      features = features.withHashBits(Integer.parseInt(args[2]));
    }
    if (args.length > 3) {
      features = features.withWordNgrams(1, Integer.parseInt(args[3]));
    }
    trainer = trainer.withFeatures(features);
    var docs =
        ReliabilityExperiment.load(datasets, ReliabilityExperiment.readers(ModelKind.ARTICLES))
            .documents();
    ReliabilityTrainer.Features f = trainer.featurize(docs);
    int buckets = trainer.config().features().buckets();
    int dim = buckets + 9;
    FeatureVector[] all = new FeatureVector[f.x().size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = f.x().vector(i);
    }
    List<String> corpus = f.groups().stream().map(ReliabilityExperiment::corpusOf).toList();
    // Dense columns follow the hashed buckets: 8 style cues, then the length feature.
    int[][] dropped = {{}, range(buckets, buckets + 8), range(buckets, buckets + 9)};
    String[] names = {"all features", "without style cues", "n-grams only (no style, length)"};
    out.printf("C = %s, features %s; ROC AUC of the held-out corpus%n", c, features);
    for (String held : new TreeSet<>(corpus)) {
      for (int v = 0; v < names.length; v++) {
        List<FeatureVector> train = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        List<FeatureVector> test = new ArrayList<>();
        List<Integer> yTest = new ArrayList<>();
        for (int i = 0; i < all.length; i++) {
          FeatureVector x = zero(all[i], dropped[v]);
          if (corpus.get(i).equals(held)) {
            test.add(x);
            yTest.add(f.y()[i]);
          } else {
            train.add(x);
            y.add(f.y()[i]);
          }
        }
        double[] raw =
            trainer.fitAndScore(
                train.toArray(FeatureVector[]::new),
                y.stream().mapToInt(Integer::intValue).toArray(),
                test.toArray(FeatureVector[]::new),
                dim,
                c);
        out.printf(
            "%-24s %-24s %.4f%n",
            held,
            names[v],
            BinaryMetrics.rocAuc(raw, yTest.stream().mapToInt(Integer::intValue).toArray()));
      }
    }
  }

  private static int[] range(int from, int to) {
    int[] r = new int[to - from];
    for (int i = 0; i < r.length; i++) {
      r[i] = from + i;
    }
    return r;
  }

  private static FeatureVector zero(FeatureVector x, int[] columns) {
    if (columns.length == 0) {
      return x;
    }
    double[] v = x.values().clone();
    int[] idx = x.indices();
    for (int j = 0; j < idx.length; j++) {
      for (int col : columns) {
        if (idx[j] == col) {
          v[j] = 0.0;
        }
      }
    }
    return new FeatureVector(idx, v);
  }
}
