package dev.veracity.classify;

import dev.veracity.article.Segmentation;
import dev.veracity.feature.FeatureConfig;
import dev.veracity.feature.FeatureVector;
import dev.veracity.feature.HashedTerm;
import dev.veracity.feature.HashingVectorizer;
import dev.veracity.feature.TermStep;
import dev.veracity.style.LexicalStyleAnalyzer;
import dev.veracity.style.StyleCue;
import dev.veracity.text.Token;
import dev.veracity.text.TokenOffsets;
import dev.veracity.text.WordTokenizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The features of one text for reliability: hashed word (and optionally character) n-grams, one
 * dense feature per lexical style cue ({@code style:<id>}, value {@code sign(v) ln(1 + |v|) / 5})
 * and a length feature ({@code len:log_tokens}).
 *
 * <p>The whole text is handed to {@link LexicalStyleAnalyzer} as one body segment, so headline cues
 * are not used. Training and scoring both go through this class. Immutable and thread-safe.
 */
public final class ReliabilityFeaturizer {

  /** Name of the dense length feature: ln(1 + number of tokens) / 4. */
  public static final String LENGTH_FEATURE = "len:log_tokens";

  /** The style cues used as features, in column order. */
  public static final List<String> STYLE_CUES =
      List.of(
          LexicalStyleAnalyzer.CAPS_SHARE,
          LexicalStyleAnalyzer.EXCLAMATION_DENSITY,
          LexicalStyleAnalyzer.QUESTION_DENSITY,
          LexicalStyleAnalyzer.SENSATIONAL_TERMS,
          LexicalStyleAnalyzer.READER_ADDRESS,
          LexicalStyleAnalyzer.HEDGING,
          LexicalStyleAnalyzer.ATTRIBUTION,
          LexicalStyleAnalyzer.VERIFIABLE_DETAIL);

  private static final Map<String, Integer> STYLE_COLUMN = columns();

  /** Index in {@link LexicalStyleAnalyzer#CUE_IDS} of each of {@link #STYLE_CUES}. */
  private static final int[] STYLE_CUE_INDEX =
      STYLE_CUES.stream().mapToInt(LexicalStyleAnalyzer.CUE_IDS::indexOf).toArray();

  private final HashingVectorizer vectorizer;
  private final LexicalStyleAnalyzer style = LexicalStyleAnalyzer.withoutReference();
  private final WordTokenizer tokenizer = new WordTokenizer();

  /** A featurizer with the given n-gram configuration. */
  public ReliabilityFeaturizer(FeatureConfig config) {
    List<String> dense = new ArrayList<>();
    for (String id : STYLE_CUES) {
      dense.add("style:" + id);
    }
    dense.add(LENGTH_FEATURE);
    this.vectorizer =
        new HashingVectorizer(Objects.requireNonNull(config, "config"), tokenizer, dense);
  }

  /** The dense feature names in column order. */
  public List<String> denseNames() {
    return vectorizer.denseNames();
  }

  /** Number of columns. */
  public int dimension() {
    return vectorizer.dimension();
  }

  /** The n-gram configuration. */
  public FeatureConfig config() {
    return vectorizer.config();
  }

  /** The underlying vectorizer. */
  HashingVectorizer vectorizer() {
    return vectorizer;
  }

  /**
   * The named terms (n-grams, then dense features) of {@code text}; the string-based path that
   * explanations use.
   */
  public List<HashedTerm> terms(String text) {
    Objects.requireNonNull(text, "text");
    double[] dense = new double[STYLE_CUES.size() + 1];
    if (!text.isBlank()) {
      Segmentation body = Segmentation.wholeBody(text, "whole text for reliability features");
      styleFeatures(style.analyze(body), dense);
    }
    dense[STYLE_CUES.size()] = lengthFeature(tokenizer.tokenize(text).size());
    List<HashedTerm> terms = new ArrayList<>(vectorizer.terms(text));
    terms.addAll(vectorizer.denseTerms(dense));
    return terms;
  }

  /**
   * The feature vector of {@code text}: equal to {@link FeatureVector#of} of {@link #terms}, but
   * from one tokenization shared by n-grams, style cues and length, and without term names.
   */
  public FeatureVector vectorize(String text) {
    Objects.requireNonNull(text, "text");
    TokenOffsets tokens = tokenizer.offsets(text);
    return vectorizer.vectorize(text, tokens, dense(text, tokens));
  }

  /**
   * {@link #vectorize(String)} of {@code text}, adding its {@link #distinctWords} to {@code words}
   * from the same tokenisation and n-gram count; what training uses.
   *
   * @param words receives each distinct normalised word once (nothing when the configuration has no
   *     word unigrams)
   */
  public FeatureVector vectorize(String text, Collection<String> words) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(words, "words");
    TokenOffsets tokens = tokenizer.offsets(text);
    return vectorizer.vectorize(text, tokens, dense(text, tokens), words);
  }

  /**
   * The dot product of {@link #vectorize} of {@code text} with {@code weights}, equal to {@code
   * vectorize(text).dot(weights)} up to rounding (the same terms summed in another order; see
   * {@link HashingVectorizer#dot}), without building the vector.
   */
  public double dot(String text, double[] weights) {
    Objects.requireNonNull(text, "text");
    TokenOffsets tokens = tokenizer.offsets(text);
    return vectorizer.dot(text, tokens, dense(text, tokens), weights);
  }

  /**
   * The dense features (style cues, then length) of {@code text}, from the values-only style pass:
   * the same values {@link #terms} gets from the full cues.
   */
  private double[] dense(String text, TokenOffsets tokens) {
    double[] dense = new double[STYLE_CUES.size() + 1];
    if (!text.isBlank()) {
      double[] values = new double[LexicalStyleAnalyzer.BODY_CUES];
      style.bodyValues(text, tokens, values);
      for (int i = 0; i < STYLE_CUE_INDEX.length; i++) {
        dense[i] = styleFeature(values[STYLE_CUE_INDEX[i]]);
      }
    }
    dense[STYLE_CUES.size()] = lengthFeature(tokens.size());
    return dense;
  }

  /**
   * The distinct normalised words of {@code text}: the names of its word unigram terms without
   * their {@code w:} prefix (empty when the configuration has no unigrams), without building the
   * other terms' names. Training keeps them for the out-of-domain vocabulary.
   */
  public Set<String> distinctWords(String text) {
    Objects.requireNonNull(text, "text");
    if (config().wordNgramMin() > 1) {
      return Set.of();
    }
    List<String> words = new ArrayList<>();
    for (Token t : tokenizer.tokenize(text)) {
      words.add(t.text());
    }
    for (TermStep step : config().wordSteps()) {
      words = step.apply(words);
    }
    return new HashSet<>(words);
  }

  private static void styleFeatures(List<StyleCue> cues, double[] dense) {
    for (StyleCue cue : cues) {
      Integer i = STYLE_COLUMN.get(cue.id());
      if (i != null) {
        dense[i] = styleFeature(cue.value());
      }
    }
  }

  private static double styleFeature(double v) {
    return Math.signum(v) * Math.log1p(Math.abs(v)) / 5.0;
  }

  private static Map<String, Integer> columns() {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < STYLE_CUES.size(); i++) {
      columns.put(STYLE_CUES.get(i), i);
    }
    return Map.copyOf(columns);
  }

  private static double lengthFeature(int tokens) {
    return Math.log1p(tokens) / 4.0;
  }

  @Override
  public String toString() {
    return "ReliabilityFeaturizer[" + vectorizer + ", style=" + STYLE_CUES + "]";
  }
}
