package dev.veracity.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Compares the reliability scoring and training featurisation of two builds in one process, round
 * by round in turn, so that both see the same load: on a shared machine, where separate runs are
 * minutes and load levels apart, this is the comparison to read.
 *
 * <p>Each build is a benchmarks jar (self-contained) loaded in its own class loader. Per round and
 * build: featurise + score (probability) of every document on one thread (thread CPU), then {@code
 * ReliabilityTrainer.featurize} of every document on all cores (wall and process CPU). Prints each
 * build's median over the rounds and its scoring checksum, which must agree between builds that
 * score alike.
 *
 * <p>Usage: {@code java -Xmx1g -cp veracity-bench/target/benchmarks.jar
 * dev.veracity.bench.ReliabilityAbBench DATASETS ROUNDS A.jar B.jar}
 */
public final class ReliabilityAbBench {

  private ReliabilityAbBench() {}

  /** One build: its scoring and featurising entry points, reached by reflection. */
  private static final class Build {
    final String name;
    final Object classifier;
    final Method probability;
    final Object trainer;
    final Method featurize;
    final List<?> documents;
    final List<String> texts = new ArrayList<>();
    final List<Double> scoreRates = new ArrayList<>();
    final List<Double> featurizeWall = new ArrayList<>();
    final List<Double> featurizeCpu = new ArrayList<>();
    double checksum;

    Build(String jar, Path datasets) throws Exception {
      name = jar;
      ClassLoader loader =
          new URLClassLoader(
              new URL[] {Path.of(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      Class<?> kind = loader.loadClass("dev.veracity.classify.ModelKind");
      Class<?> classifierClass =
          loader.loadClass("dev.veracity.classify.LinearReliabilityClassifier");
      Class<?> experiment = loader.loadClass("dev.veracity.train.ReliabilityExperiment");
      Class<?> trainerClass = loader.loadClass("dev.veracity.train.ReliabilityTrainer");
      Object articles = kind.getMethod("valueOf", String.class).invoke(null, "ARTICLES");
      classifier = classifierClass.getMethod("withDefaultModel", kind).invoke(null, articles);
      probability = classifierClass.getMethod("probability", String.class);
      Method readers = experiment.getMethod("readers", kind);
      List<Object> all = new ArrayList<>();
      for (String k : List.of("ARTICLES", "STATEMENTS", "POSTS")) {
        all.addAll(
            (List<?>)
                readers.invoke(null, kind.getMethod("valueOf", String.class).invoke(null, k)));
      }
      Object data =
          experiment.getMethod("load", Path.class, List.class).invoke(null, datasets, all);
      documents = (List<?>) data.getClass().getMethod("documents").invoke(data);
      Method titleAndText =
          loader.loadClass("dev.veracity.corpus.LabelledDocument").getMethod("titleAndText");
      for (Object d : documents) {
        texts.add((String) titleAndText.invoke(d));
      }
      trainer = trainerClass.getMethod("defaults", kind, long.class).invoke(null, articles, 13L);
      featurize = trainerClass.getMethod("featurize", Iterable.class);
    }

    double score() throws Exception {
      double sum = 0;
      for (String t : texts) {
        sum += (double) probability.invoke(classifier, t);
      }
      return sum;
    }
  }

  /** Runs the comparison. */
  public static void main(String[] args) throws Exception {
    Path datasets = Path.of(args[0]);
    int rounds = Integer.parseInt(args[1]);
    PrintStream out = System.out;
    List<Build> builds = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      builds.add(new Build(args[i], datasets));
    }
    long bytes = 0;
    for (String t : builds.get(0).texts) {
      bytes += t.getBytes(StandardCharsets.UTF_8).length;
    }
    double mb = bytes / 1e6;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (Build b : builds) {
      b.checksum = b.score(); // warm-up
      b.featurize.invoke(b.trainer, b.documents);
    }
    for (int r = 0; r < rounds; r++) {
      for (Build b : builds) {
        long c0 = threads.getCurrentThreadCpuTime();
        double sum = b.score();
        b.scoreRates.add(mb / ((threads.getCurrentThreadCpuTime() - c0) / 1e9));
        if (sum != b.checksum) {
          throw new IllegalStateException(b.name + " scored differently between rounds");
        }
        long p0 = os.getProcessCpuTime();
        long w0 = System.nanoTime();
        b.featurize.invoke(b.trainer, b.documents);
        b.featurizeWall.add((System.nanoTime() - w0) / 1e9);
        b.featurizeCpu.add((os.getProcessCpuTime() - p0) / 1e9);
      }
    }
    out.printf(
        "%d documents, %.1f MB, %d rounds in turn, load average at the end %.1f%n",
        builds.get(0).texts.size(), mb, rounds, os.getSystemLoadAverage());
    for (Build b : builds) {
      out.printf(
          "%s: featurise+score (probability) median %.1f MB/s thread CPU %s; training featurise"
              + " median %.2f s wall, %.2f s process CPU (%.1f MB/s per CPU-second); checksum %s%n",
          b.name,
          median(b.scoreRates),
          round(b.scoreRates),
          median(b.featurizeWall),
          median(b.featurizeCpu),
          mb / median(b.featurizeCpu),
          b.checksum);
    }
  }

  private static double median(List<Double> xs) {
    double[] a = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
  }

  private static String round(List<Double> xs) {
    return Arrays.toString(xs.stream().mapToDouble(x -> Math.round(x * 10) / 10.0).toArray());
  }
}
