package dev.veracity.bench;

import dev.veracity.embed.FileCachedEncoder;
import dev.veracity.embed.SentenceEncoder;
import dev.veracity.embed.bge.BgeSmallSentenceEncoder;
import dev.veracity.embed.e5.E5SmallSentenceEncoder;
import dev.veracity.embed.minilm.MiniLmSentenceEncoder;
import dev.veracity.train.CheckworthyExperiment;
import dev.veracity.train.data.LabeledSentence;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Encodes every sentence of the check-worthiness corpora once and stores the vectors in a file that
 * {@link FileCachedEncoder} reads, saving after each 1,024 sentences so an interrupted run resumes.
 *
 * <p>Usage: {@code java -cp veracity-bench/target/benchmarks.jar
 * dev.veracity.bench.ClaimVectorCache DATASETS_DIR CORPORA ENCODER OUT.bin}, e.g. {@code
 * ../shared/datasets claimbuster,checkthat2019 minilm /tmp/claims-acc/minilm.bin}.
 */
public final class ClaimVectorCache {

  private ClaimVectorCache() {}

  /** Runs the encoding. */
  public static void main(String[] args) throws Exception {
    Path datasets = Path.of(args[0]);
    List<String> corpora = List.of(args[1].split(","));
    Path out = Path.of(args[3]);
    PrintStream log = System.err;
    FileCachedEncoder cache = FileCachedEncoder.open(encoder(args[2]), out);
    LinkedHashSet<String> texts = new LinkedHashSet<>();
    for (String corpus : corpora) {
      for (LabeledSentence s : CheckworthyExperiment.load(datasets, List.of(corpus)).sentences()) {
        texts.add(s.text());
      }
    }
    List<String> all = new ArrayList<>(texts);
    long start = System.nanoTime();
    int before = cache.size();
    for (int i = 0; i < all.size(); i += 1024) {
      List<String> chunk = all.subList(i, Math.min(all.size(), i + 1024));
      for (int k = 0; k < chunk.size(); k += 64) {
        cache.encodeAll(chunk.subList(k, Math.min(chunk.size(), k + 64)));
      }
      cache.save(out);
      double seconds = (System.nanoTime() - start) / 1e9;
      log.printf(
          "%d/%d texts, %.0f new texts/s%n",
          Math.min(all.size(), i + 1024), all.size(), (cache.size() - before) / seconds);
    }
  }

  /** The encoder named {@code name}: {@code minilm}, {@code bge} or {@code e5}. */
  static SentenceEncoder encoder(String name) {
    return switch (name) {
      case "minilm" -> new MiniLmSentenceEncoder();
      case "bge" -> new BgeSmallSentenceEncoder();
      case "e5" -> new E5SmallSentenceEncoder();
      default -> throw new IllegalArgumentException("unknown encoder " + name);
    };
  }

  /**
   * The encoder whose {@link SentenceEncoder#name()} a model's features record.
   *
   * @throws IllegalArgumentException when no encoder of this build has that name
   */
  static SentenceEncoder encoderNamed(String name) {
    for (String option : List.of("minilm", "bge", "e5")) {
      SentenceEncoder e = encoder(option);
      if (e.name().equals(name)) {
        return e;
      }
    }
    throw new IllegalArgumentException("no encoder named " + name);
  }
}
