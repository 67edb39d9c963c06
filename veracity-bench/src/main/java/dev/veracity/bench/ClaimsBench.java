package dev.veracity.bench;

import dev.veracity.article.Article;
import dev.veracity.article.LineRuleSegmenter;
import dev.veracity.article.Segmentation;
import dev.veracity.claim.ArticleClaimRanker;
import dev.veracity.claim.ArticleClaims;
import dev.veracity.claim.CheckworthinessCues;
import dev.veracity.claim.ClaimFeaturizer;
import dev.veracity.claim.LinearClaimDetector;
import dev.veracity.corpus.Corpora;
import dev.veracity.corpus.CorpusReader;
import dev.veracity.corpus.LabelledDocument;
import dev.veracity.embed.SentenceEncoder;
import dev.veracity.model.InvalidModelException;
import dev.veracity.model.LinearTextModel;
import dev.veracity.text.NormalizingSentenceSplitter;
import dev.veracity.text.SentenceSplitter;
import dev.veracity.text.Span;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Single-thread speed of the check-worthy claim path: sentences scored per second by the linear
 * detector alone, and per-article latency of sentence splitting plus scoring for articles of 800 to
 * 1,200 words.
 *
 * <p>Usage: {@code java -cp veracity-bench/target/benchmarks.jar dev.veracity.bench.ClaimsBench
 * [DATASETS_DIR] [ROUNDS] [MODEL.json|default|default+minilm|default+bge|default+e5]
 * [MAX_SENTENCES] [MAX_ARTICLES]}; a model with sentence vectors is scored with its encoder ({@code
 * default+X}: the default weights with zero-weight X features, for speed only), and the maxima keep
 * runs short.
 */
public final class ClaimsBench {

  private ClaimsBench() {}

  /** Runs the benchmark. */
  public static void main(String[] args) throws IOException, InvalidModelException {
    Path datasets = Path.of(args.length > 0 ? args[0] : "../shared/datasets");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    PrintStream out = System.out;
    LineRuleSegmenter segmenter = new LineRuleSegmenter();
    SentenceSplitter splitter = NormalizingSentenceSplitter.standard();
    String modelArg = args.length > 2 ? args[2] : "default";
    int maxSentences = args.length > 3 ? Integer.parseInt(args[3]) : Integer.MAX_VALUE;
    int maxArticles = args.length > 4 ? Integer.parseInt(args[4]) : Integer.MAX_VALUE;
    LinearClaimDetector detector;
    if (modelArg.equals("default")) {
      detector = LinearClaimDetector.withDefaultModel();
    } else if (modelArg.startsWith("default+")) {
      // Speed only: the default model's weights plus zero-weight vector features, so that every
      // sentence goes through the encoder as with a model trained with --vectors.
      SentenceEncoder encoder = ClaimVectorCache.encoder(modelArg.substring("default+".length()));
      LinearTextModel lexical = LinearClaimDetector.MODEL_FORMAT.readDefault();
      ClaimFeaturizer featurizer =
          new ClaimFeaturizer(
              lexical.features(), CheckworthinessCues.standard(), Optional.of(encoder));
      LinearTextModel model =
          LinearClaimDetector.MODEL_FORMAT.model(
              lexical.features(),
              featurizer.denseNames(),
              lexical.bias(),
              lexical.weights(),
              lexical.calibration(),
              lexical.threshold(),
              lexical.provenance());
      detector = new LinearClaimDetector(model, Optional.of(encoder));
    } else {
      LinearTextModel model = LinearClaimDetector.MODEL_FORMAT.read(Path.of(modelArg));
      Optional<SentenceEncoder> encoder =
          ClaimFeaturizer.encoderName(model.denseFeatures()).map(ClaimVectorCache::encoderNamed);
      detector = new LinearClaimDetector(model, encoder);
    }
    ArticleClaimRanker ranker = new ArticleClaimRanker(detector, splitter);
    List<Segmentation> thousandWords = new ArrayList<>();
    List<String> sentences = new ArrayList<>();
    for (CorpusReader reader : Corpora.articleReaders()) {
      for (LabelledDocument d : reader.read(datasets.resolve(reader.name())).documents()) {
        String text = d.titleAndText();
        Segmentation s = segmenter.segment(Article.ofText(text));
        for (Span span : splitter.split(text)) {
          sentences.add(span.of(text));
        }
        int words = text.split("\\s+").length;
        if (words >= 800 && words <= 1200) {
          thousandWords.add(s);
        }
      }
    }
    if (sentences.size() > maxSentences) {
      // An even spread over the corpora, not the first corpus only.
      List<String> spread = new ArrayList<>();
      for (int i = 0; i < maxSentences; i++) {
        spread.add(sentences.get((int) ((long) i * sentences.size() / maxSentences)));
      }
      sentences = spread;
    }
    if (thousandWords.size() > maxArticles) {
      List<Segmentation> spread = new ArrayList<>();
      for (int i = 0; i < maxArticles; i++) {
        spread.add(thousandWords.get((int) ((long) i * thousandWords.size() / maxArticles)));
      }
      thousandWords = spread;
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (String s : sentences) {
      sink += detector.score(s).checkWorthy() ? 1 : 0;
    }
    long cpu0 = threads.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      for (String s : sentences) {
        sink += detector.score(s).checkWorthy() ? 1 : 0;
      }
    }
    double wall = (System.nanoTime() - wall0) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
    out.printf(
        "detector: %d sentences x %d rounds: %.0f sentences/s wall, %.0f sentences/s thread CPU%n",
        sentences.size(),
        rounds,
        sentences.size() * (double) rounds / wall,
        sentences.size() * (double) rounds / cpu);
    for (Segmentation s : thousandWords) {
      sink += ranker.rank(s).article().size();
    }
    long[] latencies = new long[thousandWords.size() * rounds];
    int k = 0;
    for (int r = 0; r < rounds; r++) {
      for (Segmentation s : thousandWords) {
        long t0 = System.nanoTime();
        ArticleClaims claims = ranker.rank(s);
        latencies[k++] = System.nanoTime() - t0;
        sink += claims.article().size();
      }
    }
    Arrays.sort(latencies);
    out.printf(
        "split + score, %d articles of 800-1,200 words: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms%n",
        thousandWords.size(),
        latencies[latencies.length / 2] / 1e6,
        latencies[(int) (latencies.length * 0.9)] / 1e6,
        latencies[(int) (latencies.length * 0.99)] / 1e6);
    out.println("(checksum " + sink + ")");
  }
}
