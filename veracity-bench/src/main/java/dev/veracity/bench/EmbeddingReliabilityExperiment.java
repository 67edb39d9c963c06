package dev.veracity.bench;

import dev.veracity.classify.ModelKind;
import dev.veracity.corpus.ConstraintReader;
import dev.veracity.corpus.LabelledDocument;
import dev.veracity.embed.minilm.MiniLmSentenceEncoder;
import dev.veracity.eval.BinaryMetrics;
import dev.veracity.feature.FeatureVector;
import dev.veracity.train.PackedRows;
import dev.veracity.train.ReliabilityExperiment;
import dev.veracity.train.ReliabilityTrainer;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What document embeddings add to the lexical reliability features on CONSTRAINT (train on train,
 * test on val): liblinear logistic regression on the lexical features alone, on the
 * all-MiniLM-L6-v2 embedding alone, and on both, each at one fixed C, decided at raw score 0.
 *
 * <p>Usage: {@code java -cp veracity-bench/target/benchmarks.jar
 * dev.veracity.bench.EmbeddingReliabilityExperiment [DATASETS_DIR] [C_LEXICAL] [C_EMBEDDING]}.
 * Prints ROC AUC and weighted-F1 of each, and the embedding rate in texts/s and MB/s.
 */
public final class EmbeddingReliabilityExperiment {

  private EmbeddingReliabilityExperiment() {}

  /** Runs the experiment. */
  public static void main(String[] args) throws Exception {
    Path datasets = Path.of(args.length > 0 ? args[0] : "../shared/datasets");
    double cLexical = args.length > 1 ? Double.parseDouble(args[1]) : 64.0;
    double cEmbedding = args.length > 2 ? Double.parseDouble(args[2]) : 4.0;
    PrintStream out = System.out;
    List<LabelledDocument> train =
        ReliabilityExperiment.load(datasets, List.of(ConstraintReader.ofSplits("train")))
            .documents();
    List<LabelledDocument> val =
        ReliabilityExperiment.load(datasets, List.of(ConstraintReader.ofSplits("val"))).documents();
    ReliabilityTrainer trainer = ReliabilityTrainer.defaults(ModelKind.STATEMENTS, 13);
    ReliabilityTrainer.Features lexTrain = trainer.featurize(train);
    ReliabilityTrainer.Features lexVal = trainer.featurize(val);
    int lexDim = trainer.config().features().buckets() + 9;

    MiniLmSentenceEncoder encoder = new MiniLmSentenceEncoder();
    encoder.encode("warm up");
    long t0 = System.nanoTime();
    FeatureVector[] embTrain = embed(encoder, train);
    FeatureVector[] embVal = embed(encoder, val);
    double seconds = (System.nanoTime() - t0) / 1e9;
    long bytes = 0;
    for (LabelledDocument d : train) {
      bytes += d.titleAndText().getBytes(StandardCharsets.UTF_8).length;
    }
    for (LabelledDocument d : val) {
      bytes += d.titleAndText().getBytes(StandardCharsets.UTF_8).length;
    }
    out.printf(
        "embedding: %d texts, %.1f MB in %.1f s = %.0f texts/s, %.3f MB/s (wall, %d cores)%n",
        train.size() + val.size(),
        bytes / 1e6,
        seconds,
        (train.size() + val.size()) / seconds,
        bytes / 1e6 / seconds,
        Runtime.getRuntime().availableProcessors());

    int embDim = MiniLmSentenceEncoder.DIMENSION;
    report(
        out,
        "lexical",
        trainer.fitAndScore(
            vectors(lexTrain.x()), lexTrain.y(), vectors(lexVal.x()), lexDim, cLexical),
        lexVal.y());
    report(
        out,
        "embedding",
        trainer.fitAndScore(embTrain, lexTrain.y(), embVal, embDim, cEmbedding),
        lexVal.y());
    FeatureVector[] bothTrain = concat(vectors(lexTrain.x()), embTrain, lexDim);
    FeatureVector[] bothVal = concat(vectors(lexVal.x()), embVal, lexDim);
    report(
        out,
        "lexical+embedding",
        trainer.fitAndScore(bothTrain, lexTrain.y(), bothVal, lexDim + embDim, cLexical),
        lexVal.y());
  }

  private static void report(PrintStream out, String name, double[] raw, int[] y) {
    out.printf(
        "%-18s ROC AUC %.4f, weighted-F1 %.4f, accuracy %.4f (decided at raw 0)%n",
        name,
        BinaryMetrics.rocAuc(raw, y),
        BinaryMetrics.weightedF1(raw, y, 0.0),
        BinaryMetrics.accuracy(raw, y, 0.0));
  }

  private static FeatureVector[] embed(MiniLmSentenceEncoder encoder, List<LabelledDocument> docs) {
    List<String> texts = new ArrayList<>();
    for (LabelledDocument d : docs) {
      texts.add(d.titleAndText());
    }
    FeatureVector[] out = new FeatureVector[docs.size()];
    int batch = 64;
    for (int start = 0; start < texts.size(); start += batch) {
      List<float[]> vectors =
          encoder.encodeAll(texts.subList(start, Math.min(texts.size(), start + batch)));
      for (int k = 0; k < vectors.size(); k++) {
        float[] v = vectors.get(k);
        int[] idx = new int[v.length];
        double[] val = new double[v.length];
        for (int j = 0; j < v.length; j++) {
          idx[j] = j;
          val[j] = v[j];
        }
        out[start + k] = new FeatureVector(idx, val);
      }
    }
    return out;
  }

  private static FeatureVector[] vectors(PackedRows rows) {
    FeatureVector[] out = new FeatureVector[rows.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = rows.vector(i);
    }
    return out;
  }

  private static FeatureVector[] concat(FeatureVector[] a, FeatureVector[] b, int offset) {
    FeatureVector[] out = new FeatureVector[a.length];
    for (int i = 0; i < a.length; i++) {
      int n = a[i].size();
      int m = b[i].size();
      int[] idx = new int[n + m];
      double[] val = new double[n + m];
      System.arraycopy(a[i].indices(), 0, idx, 0, n);
      System.arraycopy(a[i].values(), 0, val, 0, n);
      for (int j = 0; j < m; j++) {
        idx[n + j] = offset + b[i].indices()[j];
      }
      System.arraycopy(b[i].values(), 0, val, n, m);
      out[i] = new FeatureVector(idx, val);
    }
    return out;
  }
}
