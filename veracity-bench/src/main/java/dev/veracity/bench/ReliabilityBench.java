package dev.veracity.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import dev.veracity.classify.LinearReliabilityClassifier;
import dev.veracity.classify.ModelKind;
import dev.veracity.corpus.CorpusReader;
import dev.veracity.corpus.LabelledDocument;
import dev.veracity.train.ReliabilityExperiment;
import dev.veracity.train.ReliabilityTrainer;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Speed and memory of the reliability models: featurise + score MB/s on one thread with the default
 * articles model (probability only, and with explanations), featurise + one fit MB/s on all cores
 * with the trainer's solver, the peak heap of that training, and the default model files' sizes.
 *
 * <p>Usage: {@code java -Xmx1g -cp veracity-bench/target/benchmarks.jar
 * dev.veracity.bench.ReliabilityBench [DATASETS_DIR] [COPIES] [ROUNDS]}. The training set is the
 * articles and statements training corpora, repeated {@code COPIES} times (default 0: as many as
 * make at least 200 MB of text), streamed through the trainer's batch featurisation so that only
 * the packed rows of the whole set are held; scoring runs over one copy {@code ROUNDS} times
 * (default 3) after a warm-up round, and is skipped when {@code ROUNDS} is 0.
 */
public final class ReliabilityBench {

  /** Text bytes the default training set reaches at least. */
  static final long TARGET_BYTES = 200_000_000L;

  private ReliabilityBench() {}

  /** Runs the benchmark. */
  public static void main(String[] args) throws Exception {
    Path datasets = Path.of(args.length > 0 ? args[0] : "../shared/datasets");
    int copies = args.length > 1 ? Integer.parseInt(args[1]) : 0;
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
    if (copies <= 0) {
      copies = (int) Math.ceil(TARGET_BYTES / (double) bytes);
    }
    out.printf(
        "documents=%d text=%.1f MB cores=%d max heap=%d MB java=%s%n",
        docs.size(),
        bytes / 1e6,
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        Runtime.version());
    List<String> gcs = new ArrayList<>();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      gcs.add(gc.getName());
    }
    out.printf(
        "GC: %s; JVM options: %s%n",
        String.join(", ", gcs), ManagementFactory.getRuntimeMXBean().getInputArguments());
    if (rounds > 0) {
      scoring(out, docs, texts, bytes, rounds);
    }
    texts = null;
    train(out, docs, bytes, copies);
  }

  private static void scoring(
      PrintStream out, List<LabelledDocument> docs, List<String> texts, long bytes, int rounds)
      throws Exception {
    LinearReliabilityClassifier articles =
        LinearReliabilityClassifier.withDefaultModel(ModelKind.ARTICLES);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double sink = score(articles, texts, false);
    long wall = 0;
    long cpu = 0;
    long[] roundCpu = new long[rounds];
    for (int r = 0; r < rounds; r++) {
      long c0 = threads.getCurrentThreadCpuTime();
      long w0 = System.nanoTime();
      sink += score(articles, texts, false);
      wall += System.nanoTime() - w0;
      roundCpu[r] = threads.getCurrentThreadCpuTime() - c0;
      cpu += roundCpu[r];
    }
    double mb = bytes / 1e6 * rounds;
    out.printf(
        "featurise+score (probability): %.1f MB/s wall, %.1f MB/s thread CPU, one thread%n",
        mb / (wall / 1e9), mb / (cpu / 1e9));
    // A shared machine slows some rounds down by half or more; the median round shows the code's
    // own rate beside the mean over all rounds above.
    long[] sorted = roundCpu.clone();
    Arrays.sort(sorted);
    out.printf(
        "  per round, thread CPU: median %.1f MB/s, fastest %.1f MB/s, slowest %.1f MB/s (%d rounds)%n",
        bytes / 1e6 / (median(sorted) / 1e9),
        bytes / 1e6 / (sorted[0] / 1e9),
        bytes / 1e6 / (sorted[rounds - 1] / 1e9),
        rounds);
    long c0 = threads.getCurrentThreadCpuTime();
    long w0 = System.nanoTime();
    sink += score(articles, texts, true);
    out.printf(
        "featurise+score+explain (assess): %.1f MB/s wall, %.1f MB/s thread CPU, one thread%n",
        bytes / 1e6 / ((System.nanoTime() - w0) / 1e9),
        bytes / 1e6 / ((threads.getCurrentThreadCpuTime() - c0) / 1e9));

    out.println("(scoring checksum " + sink + ", " + docs.size() + " documents)");
  }

  private static void train(PrintStream out, List<LabelledDocument> docs, long bytes, int copies)
      throws Exception {
    Iterable<LabelledDocument> training = () -> repeated(docs, copies);
    System.gc();
    AtomicLong inUseAtGc = watchHeapAtGc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    ReliabilityTrainer trainer = ReliabilityTrainer.defaults(ModelKind.ARTICLES, 13);
    long t0 = System.nanoTime();
    ReliabilityTrainer.Features f = trainer.featurize(training);
    long t1 = System.nanoTime();
    long featurisePeak = heapPeak();
    int nonZero = trainer.fitOnce(f, 4.0);
    long t2 = System.nanoTime();
    long peak = heapPeak();
    System.gc();
    long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    double trainMb = bytes * copies / 1e6;
    out.printf(
        "training set %.1f MB (%d copies, %d documents, %d stored non-zeros in %.0f MB packed):"
            + " featurise %.1f s (%.1f MB/s), one fit at C=4 (%s) %.1f s, featurise+fit %.1f MB/s"
            + " wall on %d cores; %d non-zero weights%n",
        trainMb,
        copies,
        f.size(),
        f.x().nonZeros(),
        f.x().bytes() / 1e6,
        (t1 - t0) / 1e9,
        trainMb / ((t1 - t0) / 1e9),
        trainer.config().solver(),
        (t2 - t1) / 1e9,
        trainMb / ((t2 - t0) / 1e9),
        Runtime.getRuntime().availableProcessors(),
        nonZero);
    out.printf(
        "peak heap during training (sum of heap pools' peaks): %d MB (%d MB by the end of"
            + " featurisation); most heap in use when a collection started: %d MB; live heap after"
            + " a full GC, features still held: %d MB%n",
        peak >> 20, featurisePeak >> 20, inUseAtGc.get() >> 20, live >> 20);
    out.println("(" + f.size() + " rows)");
    for (ModelKind kind : ModelKind.values()) {
      Path file = Path.of("veracity-core/src/main/resources").resolve(kind.resource());
      if (Files.isRegularFile(file)) {
        out.printf("model file %s: %.2f MB%n", kind.resource(), Files.size(file) / 1e6);
      }
    }
  }

  /**
   * The most heap in use at the start of any garbage collection from now on: the true peak of heap
   * occupancy, which the sum of the pools' peaks overstates under G1 (its eden and old regions peak
   * at different times).
   */
  private static AtomicLong watchHeapAtGc() {
    Set<String> heapPools = new HashSet<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heapPools.add(pool.getName());
      }
    }
    AtomicLong max = new AtomicLong();
    NotificationListener listener =
        (notification, handback) -> {
          if (notification
              .getType()
              .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            GcInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                    .getGcInfo();
            long used = 0;
            for (Map.Entry<String, MemoryUsage> e : info.getMemoryUsageBeforeGc().entrySet()) {
              if (heapPools.contains(e.getKey())) {
                used += e.getValue().getUsed();
              }
            }
            max.accumulateAndGet(used, Math::max);
          }
        };
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
    }
    return max;
  }

  private static long heapPeak() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  /** The documents {@code copies} times over, without holding the copies. */
  private static Iterator<LabelledDocument> repeated(List<LabelledDocument> docs, int copies) {
    return IntStream.range(0, copies).boxed().flatMap(k -> docs.stream()).iterator();
  }

  /** The median of {@code sorted}, which is sorted and not empty. */
  private static double median(long[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
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
