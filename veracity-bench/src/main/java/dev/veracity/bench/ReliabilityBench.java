package dev.veracity.bench;

import dev.veracity.classify.LinearReliabilityClassifier;
import dev.veracity.classify.ModelKind;
import dev.veracity.corpus.CorpusReader;
import dev.veracity.corpus.LabelledDocument;
import dev.veracity.model.ScoreCalibration;
import dev.veracity.train.ReliabilityExperiment;
import dev.veracity.train.ReliabilityTrainer;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Speed and memory of the reliability models: featurise + score MB/s on one thread with the default
 * articles model (probability only, and with explanations), featurise + one liblinear fit MB/s on
 * all cores, the peak heap of that training, and the default model files' sizes.
 *
 * <p>Usage: {@code java -Xmx1g -cp veracity-bench/target/benchmarks.jar
 * dev.veracity.bench.ReliabilityBench [DATASETS_DIR] [COPIES] [ROUNDS]}. The training set is the
 * articles and statements training corpora, repeated {@code COPIES} times (default 1) to measure a
 * larger set; scoring runs over one copy {@code ROUNDS} times (default 3) after a warm-up round.
 */
public final class ReliabilityBench {

  private ReliabilityBench() {}

  /** Runs the benchmark. */
  public static void main(String[] args) throws Exception {
    Path datasets = Path.of(args.length > 0 ? args[0] : "../shared/datasets");
    int copies = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    PrintStream out = System.out;
    List<CorpusReader> readers = new ArrayList<>(ReliabilityExperiment.readers(ModelKind.ARTICLES));
    readers.addAll(ReliabilityExperiment.readers(ModelKind.STATEMENTS));
    readers.addAll(ReliabilityExperiment.readers(ModelKind.POSTS));
    List<LabelledDocument> docs = ReliabilityExperiment.load(datasets, readers).documents();
    List<String> texts = new ArrayList<>();
    long bytes = 0;
    for (LabelledDocument d : docs) {
      String t = d.titleAndText();
      texts.add(t);
      bytes += t.getBytes(StandardCharsets.UTF_8).length;
    }
    out.printf(
        "documents=%d text=%.1f MB cores=%d max heap=%d MB java=%s%n",
        docs.size(),
        bytes / 1e6,
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        Runtime.version());

    LinearReliabilityClassifier articles =
        LinearReliabilityClassifier.withDefaultModel(ModelKind.ARTICLES);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double sink = score(articles, texts, false);
    long wall = 0;
    long cpu = 0;
    for (int r = 0; r < rounds; r++) {
      long c0 = threads.getCurrentThreadCpuTime();
      long w0 = System.nanoTime();
      sink += score(articles, texts, false);
      wall += System.nanoTime() - w0;
      cpu += threads.getCurrentThreadCpuTime() - c0;
    }
    double mb = bytes / 1e6 * rounds;
    out.printf(
        "featurise+score (probability): %.1f MB/s wall, %.1f MB/s thread CPU, one thread%n",
        mb / (wall / 1e9), mb / (cpu / 1e9));
    long c0 = threads.getCurrentThreadCpuTime();
    long w0 = System.nanoTime();
    sink += score(articles, texts, true);
    out.printf(
        "featurise+score+explain (assess): %.1f MB/s wall, %.1f MB/s thread CPU, one thread%n",
        bytes / 1e6 / ((System.nanoTime() - w0) / 1e9),
        bytes / 1e6 / ((threads.getCurrentThreadCpuTime() - c0) / 1e9));

    List<LabelledDocument> training = new ArrayList<>();
    for (int k = 0; k < copies; k++) {
      training.addAll(docs);
    }
    texts = null;
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    ReliabilityTrainer trainer = ReliabilityTrainer.defaults(ModelKind.ARTICLES, 13);
    long t0 = System.nanoTime();
    ReliabilityTrainer.Features f = trainer.featurize(training);
    long t1 = System.nanoTime();
    int nonZero = trainer.fitOnce(f, 4.0);
    long t2 = System.nanoTime();
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    double trainMb = bytes * copies / 1e6;
    out.printf(
        "training set %.1f MB (%d copies): featurise %.1f s (%.1f MB/s), one fit at C=4 %.1f s,"
            + " featurise+fit %.1f MB/s wall on %d cores; %d non-zero weights%n",
        trainMb,
        copies,
        (t1 - t0) / 1e9,
        trainMb / ((t1 - t0) / 1e9),
        (t2 - t1) / 1e9,
        trainMb / ((t2 - t0) / 1e9),
        Runtime.getRuntime().availableProcessors(),
        nonZero);
    out.printf("peak heap during training (sum of heap pools' peaks): %d MB%n", peak >> 20);
    for (ModelKind kind : ModelKind.values()) {
      Path file = Path.of("veracity-core/src/main/resources").resolve(kind.resource());
      if (Files.isRegularFile(file)) {
        out.printf("model file %s: %.2f MB%n", kind.resource(), Files.size(file) / 1e6);
      }
    }
    out.println(
        "(checksum " + sink + ", calibration " + ScoreCalibration.PLATT + "/" + f.size() + ")");
  }

  private static double score(
      LinearReliabilityClassifier classifier, List<String> texts, boolean explain) {
    double sum = 0;
    for (String t : texts) {
      sum += explain ? classifier.assess(t).probabilityUnreliable() : classifier.probability(t);
    }
    return sum;
  }
}
