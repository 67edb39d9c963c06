package dev.veracity.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.veracity.embed.FileCachedEncoder;
import dev.veracity.embed.SentenceEncoder;
import dev.veracity.eval.Bootstrap;
import dev.veracity.eval.Estimate;
import dev.veracity.feature.FeatureConfig;
import dev.veracity.train.TruthfulnessExperiment;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veracity evaluate truthfulness}: multi-class ratings (LIAR's six) from text alone. */
@Command(
    name = "truthfulness",
    mixinStandardHelpOptions = true,
    description = {
      "Train a multi-class truthfulness classifier (one-vs-rest or, for LIAR's six ordered"
          + " ratings, ordinal logistic regressions over the reliability features; method, C and"
          + " class weighting chosen by grouped cross-validation on --train) and score --data:"
          + " accuracy and macro-F1 with 95%% bootstrap intervals.",
      "Both files are JSON lines with text (and optional title), the class in --class-field"
          + " (default original_label, as export reliability writes LIAR's six ratings) and the"
          + " group in --group-field.",
      "--vectors minilm, bge or e5 appends each text's L2-normalised sentence vector after the"
          + " lexical features, times a factor from --vector-scales chosen with the other settings."
    })
final class EvaluateTruthfulnessCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--train", required = true, description = "The training JSON-lines file.")
  Path train;

  @Option(names = "--data", required = true, description = "The JSON-lines file to score.")
  Path data;

  @Option(
      names = "--class-field",
      defaultValue = "original_label",
      description = "Field holding the class (default ${DEFAULT-VALUE}).")
  String classField;

  @Option(
      names = "--group-field",
      defaultValue = "group",
      description = "Field holding the cross-validation group (default ${DEFAULT-VALUE}).")
  String groupField;

  @Option(
      names = "--char-ngrams",
      paramLabel = "MIN-MAX",
      description =
          "Add hashed character n-grams of these lengths to the features, e.g. 2-5 (default none).")
  String charNgrams;

  @Option(
      names = "--c-grid",
      split = ",",
      paramLabel = "C",
      description = "The C values tried (default 0.25,1,4,16).")
  List<Double> cGrid;

  @Option(
      names = "--nb-alpha",
      defaultValue = "0",
      description =
          "Above 0: scale each column by its log-count ratio per binary fit (NB-SVM features),"
              + " smoothing presence counts by this alpha (default ${DEFAULT-VALUE}: off).")
  double nbAlpha;

  @Option(
      names = "--no-offsets",
      description =
          "Do not try per-class offsets to the log-probabilities tuned on out-of-fold predictions.")
  boolean noOffsets;

  @Option(
      names = "--vectors",
      defaultValue = "none",
      description =
          "Sentence vectors appended to the features: none, minilm (all-MiniLM-L6-v2), bge"
              + " (bge-small-en-v1.5) or e5 (e5-small-v2) (default ${DEFAULT-VALUE}).")
  String vectors;

  @Option(
      names = "--vector-scales",
      split = ",",
      paramLabel = "FACTOR",
      description =
          "Factors on the appended sentence vectors, chosen by grouped cross-validation with the"
              + " other settings (default 0.5,1,2).")
  List<Double> vectorScales;

  @Option(
      names = "--vector-cache",
      paramLabel = "DIR",
      description =
          "Keep sentence vectors in DIR (one file per encoder) so that each text is encoded once"
              + " across runs (default: no cache).")
  Path vectorCache;

  @Option(
      names = "--predictions",
      paramLabel = "FILE",
      description =
          "Also write each --data item's true and predicted class to FILE, one JSON line per item"
              + " in input order (for paired comparisons of runs).")
  Path predictions;

  @Mixin ReportingOptions reporting;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    try {
      List<TruthfulnessExperiment.Item> trainItems = read(train);
      List<TruthfulnessExperiment.Item> test = read(data);
      List<String> testTexts = test.stream().map(TruthfulnessExperiment.Item::text).toList();
      Optional<SentenceEncoder> encoder = ClaimEncoders.forOption(vectors);
      TruthfulnessExperiment experiment = experiment();
      Map<String, Object> encoding = new LinkedHashMap<>();
      TruthfulnessExperiment.Result result;
      if (encoder.isEmpty()) {
        result = experiment.run(trainItems, testTexts);
      } else {
        List<String> trainTexts =
            trainItems.stream().map(TruthfulnessExperiment.Item::text).toList();
        List<List<float[]>> encoded =
            encode(encoder.get(), List.of(trainTexts, testTexts), encoding, err);
        result = experiment.run(trainItems, testTexts, encoded.get(0), encoded.get(1));
      }
      List<String> classes = result.classes();
      int k = classes.size();
      // Bootstrap resamples (score, label) pairs; each item's (predicted, true) class pair is
      // packed into its score so that both travel together, and the labels are unused zeros.
      double[] packed = new double[test.size()];
      int majority = 0;
      int[] counts = new int[k];
      for (int i = 0; i < packed.length; i++) {
        int truth = classes.indexOf(test.get(i).label());
        int predicted = classes.indexOf(result.predicted().get(i));
        packed[i] = predicted * (k + 1) + (truth < 0 ? k : truth);
        if (truth >= 0) {
          counts[truth]++;
          majority = Math.max(majority, counts[truth]);
        }
      }
      if (predictions != null) {
        writePredictions(test, result.predicted());
      }
      Bootstrap bootstrap = reporting.bootstrap();
      int[] zeros = new int[packed.length];
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("n", test.size());
      r.put("classes", classes);
      r.put("accuracy", json(bootstrap.estimate(packed, zeros, (s, l) -> accuracy(s, k))));
      r.put("macro_f1", json(bootstrap.estimate(packed, zeros, (s, l) -> macroF1(s, k))));
      r.put("majority_class_accuracy", round((double) majority / test.size()));
      r.put("method", result.method());
      r.put("chosen_c", result.chosenC());
      r.put("balanced", result.balanced());
      r.put("class_offsets", new LinkedHashMap<>(result.offsets()));
      r.put("char_ngrams", charNgrams == null ? "none" : charNgrams);
      r.put("nb_alpha", nbAlpha);
      r.put("c_grid", cGrid == null || cGrid.isEmpty() ? "default" : cGrid);
      r.put("vectors", vectors);
      if (encoder.isPresent()) {
        r.put("vector_encoder", encoder.get().name());
        r.put("vector_provenance", encoder.get().provenance());
        r.put("vector_scales", experiment.vectorScales());
        r.put("chosen_vector_scale", result.vectorScale());
        r.put("vector_encoding", encoding);
      }
      r.put("selection_out_of_fold_accuracy", new LinkedHashMap<>(result.selection()));
      r.put(
          "scored_by",
          result.method()
              + " L2 logistic regression over the reliability features"
              + (encoder.isPresent() ? " and " + encoder.get().name() + " sentence vectors" : "")
              + ", trained on "
              + train.getFileName());
      reporting.print(stdout, r);
      return VeracityCli.EXIT_OK;
    } catch (IllegalArgumentException e) {
      err.println("veracity: " + e.getMessage());
      return VeracityCli.EXIT_USAGE;
    }
  }

  private TruthfulnessExperiment experiment() {
    TruthfulnessExperiment defaults = TruthfulnessExperiment.defaults(reporting.seed);
    FeatureConfig features = FeatureConfig.defaults();
    if (charNgrams != null) {
      String[] range = charNgrams.split("-", -1);
      if (range.length != 2) {
        throw new IllegalArgumentException("--char-ngrams must be MIN-MAX, got " + charNgrams);
      }
      try {
        features = features.withCharNgrams(Integer.parseInt(range[0]), Integer.parseInt(range[1]));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--char-ngrams must be MIN-MAX, got " + charNgrams, e);
      }
    }
    return new TruthfulnessExperiment(
            features,
            cGrid == null || cGrid.isEmpty() ? defaults.cGrid() : cGrid,
            defaults.folds(),
            reporting.seed,
            TruthfulnessExperiment.LIAR_ORDER,
            !noOffsets,
            nbAlpha)
        .withVectorScales(
            vectorScales == null || vectorScales.isEmpty() ? DEFAULT_VECTOR_SCALES : vectorScales);
  }

  /** The factors on appended sentence vectors tried by default. */
  static final List<Double> DEFAULT_VECTOR_SCALES = List.of(0.5, 1.0, 2.0);

  /** Texts encoded per call, and between saves of the cache. */
  private static final int ENCODE_CHUNK = 1024;

  /**
   * The vectors of each list of texts, from the cache in {@link #vectorCache} when given (saved
   * after every chunk, so an interrupted run resumes); what it took goes into {@code encoding}.
   */
  private List<List<float[]>> encode(
      SentenceEncoder encoder,
      List<List<String>> textLists,
      Map<String, Object> encoding,
      PrintWriter err)
      throws IOException {
    Path file = null;
    SentenceEncoder source = encoder;
    FileCachedEncoder cache = null;
    if (vectorCache != null) {
      Files.createDirectories(vectorCache);
      file = vectorCache.resolve(encoder.name() + ".vectors");
      cache = FileCachedEncoder.open(encoder, file);
      source = cache;
    }
    LinkedHashSet<String> distinct = new LinkedHashSet<>();
    textLists.forEach(distinct::addAll);
    int cachedBefore = cache == null ? 0 : cache.size();
    List<String> all = new ArrayList<>(distinct);
    Map<String, float[]> byText = new LinkedHashMap<>();
    long start = System.nanoTime();
    for (int from = 0; from < all.size(); from += ENCODE_CHUNK) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + ENCODE_CHUNK));
      int known = cache == null ? 0 : cache.size();
      List<float[]> vs = source.encodeAll(chunk);
      for (int i = 0; i < chunk.size(); i++) {
        byText.put(chunk.get(i), vs.get(i));
      }
      if (cache == null || cache.size() > known) {
        if (cache != null) {
          cache.save(file);
        }
        err.printf(
            "veracity: %s vectors for %d of %d texts%n", encoder.name(), byText.size(), all.size());
        err.flush();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int fresh = cache == null ? all.size() : cache.size() - cachedBefore;
    encoding.put("distinct_texts", all.size());
    encoding.put("encoded_now", fresh);
    encoding.put("from_cache", all.size() - fresh);
    encoding.put("seconds", Math.round(seconds * 10) / 10.0);
    if (fresh > 0) {
      encoding.put("texts_per_second", Math.round(fresh / seconds * 10) / 10.0);
    }
    if (file != null) {
      encoding.put("cache", file.toString());
    }
    List<List<float[]>> out = new ArrayList<>();
    for (List<String> texts : textLists) {
      out.add(texts.stream().map(byText::get).toList());
    }
    return out;
  }

  private void writePredictions(List<TruthfulnessExperiment.Item> test, List<String> predicted)
      throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<String> lines = new ArrayList<>(test.size());
    for (int i = 0; i < test.size(); i++) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("index", i);
      line.put("label", test.get(i).label());
      line.put("predicted", predicted.get(i));
      lines.add(mapper.writeValueAsString(line));
    }
    Files.write(predictions, lines, StandardCharsets.UTF_8);
  }

  private List<TruthfulnessExperiment.Item> read(Path file) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<TruthfulnessExperiment.Item> items = new ArrayList<>();
    int line = 0;
    for (String s : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      line++;
      if (s.isBlank()) {
        continue;
      }
      JsonNode node = mapper.readTree(s);
      String text = node.path("text").asText("");
      String title = node.path("title").asText("");
      String label = node.path(classField).asText("");
      if (label.isBlank()) {
        throw new IllegalArgumentException(
            file.getFileName() + ":" + line + " has no " + classField);
      }
      items.add(
          new TruthfulnessExperiment.Item(
              title.isBlank() ? text : title + "\n\n" + text,
              label,
              node.path(groupField).asText("line-" + line)));
    }
    if (items.isEmpty()) {
      throw new IllegalArgumentException("no item in " + file);
    }
    return items;
  }

  private static double accuracy(double[] packed, int k) {
    int hits = 0;
    for (double v : packed) {
      int p = (int) v / (k + 1);
      int t = (int) v % (k + 1);
      hits += p == t ? 1 : 0;
    }
    return (double) hits / packed.length;
  }

  private static double macroF1(double[] packed, int k) {
    double sum = 0;
    for (int c = 0; c < k; c++) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (double v : packed) {
        int p = (int) v / (k + 1);
        int t = (int) v % (k + 1);
        if (p == c && t == c) {
          tp++;
        } else if (p == c) {
          fp++;
        } else if (t == c) {
          fn++;
        }
      }
      sum += tp == 0 ? 0.0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }
    return sum / k;
  }

  private static Map<String, Object> json(Estimate e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("value", round(e.value()));
    m.put("ci95", List.of(round(e.low()), round(e.high())));
    return m;
  }

  private static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
