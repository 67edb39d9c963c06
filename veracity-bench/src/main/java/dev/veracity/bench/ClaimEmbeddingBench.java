package dev.veracity.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.veracity.embed.SentenceEncoder;
import dev.veracity.embed.minilm.MiniLmSentenceEncoder;
import dev.veracity.eval.Bootstrap;
import dev.veracity.feature.FeatureConfig;
import dev.veracity.train.CheckworthyExperiment;
import dev.veracity.train.CheckworthyTrainer;
import dev.veracity.train.TrainerConfig;
import dev.veracity.train.data.LabeledSentence;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Measures all-MiniLM-L6-v2 sentence vectors as check-worthiness features: nested grouped
 * cross-validation (the protocol of {@code veracity train checkworthy --nested-cv}) of the lexical
 * model, the lexical model plus sentence vectors, and sentence vectors alone (no cues; only the
 * length feature and word unigrams hashed into 16 buckets besides them), and the encoder's
 * single-thread speed.
 *
 * <p>Usage: {@code java -cp veracity-bench/target/benchmarks.jar
 * dev.veracity.bench.ClaimEmbeddingBench DATASETS_DIR CORPORA CHAR_NGRAM_MAX VARIANTS OUT.json},
 * e.g. {@code ../shared/datasets claimbuster 5 lexical,both,embedding /tmp/emb.json}.
 */
public final class ClaimEmbeddingBench {

  private ClaimEmbeddingBench() {}

  /** Runs the experiment. */
  public static void main(String[] args) throws Exception {
    Path datasets = Path.of(args[0]);
    List<String> corpora = List.of(args[1].split(","));
    int charMax = Integer.parseInt(args[2]);
    List<String> variants = List.of(args[3].split(","));
    Path out = Path.of(args[4]);
    PrintStream log = System.err;
    CheckworthyExperiment.TrainingData data = CheckworthyExperiment.load(datasets, corpora);
    List<LabeledSentence> sentences = data.sentences();
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("corpora", corpora);
    MiniLmSentenceEncoder encoder = new MiniLmSentenceEncoder();
    report.put("encoder", encoder.provenance());
    report.put("speed", speed(encoder, sentences, log));
    SentenceEncoder cached = new CachingEncoder(encoder);
    TrainerConfig lexical = TrainerConfig.defaults(13);
    if (charMax > 0) {
      lexical = lexical.withFeatures(lexical.features().withCharNgrams(3, charMax));
    }
    Map<String, Object> results = new LinkedHashMap<>();
    for (String variant : variants) {
      long start = System.nanoTime();
      CheckworthyTrainer trainer =
          switch (variant) {
            case "lexical" -> new CheckworthyTrainer(lexical);
            case "both" -> new CheckworthyTrainer(lexical, Optional.of(cached));
            case "embedding" ->
                new CheckworthyTrainer(
                    lexical.withFeatures(
                        new FeatureConfig(
                            4, 0x5eed, 1, 1, 0, 0, true, true, lexical.features().weighting())),
                    List.of(),
                    Optional.of(cached));
            default -> throw new IllegalArgumentException("unknown variant " + variant);
          };
      CheckworthyExperiment.Predictions p =
          CheckworthyExperiment.nestedCrossValidation(sentences, trainer);
      Map<String, Object> r = CheckworthyExperiment.report(sentences, p, new Bootstrap(200, 13));
      r.put("seconds", Math.round((System.nanoTime() - start) / 1e9));
      results.put(variant, r);
      log.println(variant + ": " + summary(r));
    }
    report.put("results", results);
    Files.writeString(
        out,
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
  }

  /** Sentences per second, one thread: batches of 64 and one sentence per call. */
  private static Map<String, Object> speed(
      SentenceEncoder encoder, List<LabeledSentence> data, PrintStream log) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < Math.min(2_000, data.size()); i++) {
      texts.add(data.get(i * (data.size() / Math.min(2_000, data.size()))).text());
    }
    encoder.encodeAll(texts.subList(0, 200));
    long start = System.nanoTime();
    for (int i = 0; i < texts.size(); i += 64) {
      encoder.encodeAll(texts.subList(i, Math.min(texts.size(), i + 64)));
    }
    double batched = texts.size() / ((System.nanoTime() - start) / 1e9);
    start = System.nanoTime();
    for (String t : texts.subList(0, 500)) {
      encoder.encode(t);
    }
    double single = 500 / ((System.nanoTime() - start) / 1e9);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("sentences", texts.size());
    m.put("batched_64_sentences_per_second", Math.round(batched));
    m.put("one_by_one_sentences_per_second", Math.round(single));
    log.println("encoder speed: " + m);
    return m;
  }

  private static String summary(Map<String, Object> r) {
    StringBuilder s = new StringBuilder();
    for (var e : r.entrySet()) {
      if (e.getValue() instanceof Map<?, ?> m) {
        s.append(e.getKey())
            .append(" f1=")
            .append(value(m.get("f1")))
            .append(" ap=")
            .append(value(m.get("average_precision")))
            .append(" auc=")
            .append(value(m.get("roc_auc")))
            .append(" ece=")
            .append(value(m.get("ece")))
            .append("; ");
      }
    }
    return s.toString();
  }

  private static Object value(Object estimate) {
    return estimate instanceof Map<?, ?> m ? m.get("value") : estimate;
  }

  /** Remembers every vector, so that the variants encode each sentence once. */
  private static final class CachingEncoder implements SentenceEncoder {
    private final SentenceEncoder inner;
    private final Map<String, float[]> cache = new ConcurrentHashMap<>();

    CachingEncoder(SentenceEncoder inner) {
      this.inner = inner;
    }

    @Override
    public int dimension() {
      return inner.dimension();
    }

    @Override
    public float[] encode(String text) {
      return cache.computeIfAbsent(text, inner::encode);
    }

    @Override
    public List<float[]> encodeAll(List<String> texts) {
      List<String> missing = texts.stream().filter(t -> !cache.containsKey(t)).distinct().toList();
      List<float[]> vectors = inner.encodeAll(missing);
      for (int i = 0; i < missing.size(); i++) {
        cache.put(missing.get(i), vectors.get(i));
      }
      return texts.stream().map(cache::get).toList();
    }

    @Override
    public String name() {
      return inner.name();
    }

    @Override
    public String provenance() {
      return inner.provenance();
    }
  }
}
