package dev.veracity.feature;

import dev.veracity.text.Token;
import dev.veracity.text.TokenOffsets;
import dev.veracity.text.Tokenizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Hashed bag-of-n-grams features of a text, followed by named dense features.
 *
 * <p>Chain: tokenizer, word steps ({@link FeatureConfig#wordSteps()}), {@link WordNgrams} and
 * optionally {@link CharNgrams}, count, {@link Weighting}, L2 normalisation, signed MurmurHash3
 * into {@code 2^hashBits} buckets. Dense feature {@code i} occupies column {@code buckets + i}.
 * Immutable and thread-safe.
 */
public final class HashingVectorizer {

  private final FeatureConfig config;
  private final Tokenizer tokenizer;
  private final List<TermStep> wordSteps;
  private final WordNgrams wordNgrams;
  private final CharNgrams charNgrams;
  private final List<String> denseNames;

  /** A vectorizer for {@code config} whose dense block has the given feature names. */
  public HashingVectorizer(FeatureConfig config, Tokenizer tokenizer, List<String> denseNames) {
    this.config = Objects.requireNonNull(config, "config");
    this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
    this.denseNames = List.copyOf(denseNames);
    this.wordSteps = config.wordSteps();
    this.wordNgrams = new WordNgrams(config.wordNgramMin(), config.wordNgramMax());
    this.charNgrams =
        config.charNgramMin() == 0
            ? null
            : new CharNgrams(config.charNgramMin(), config.charNgramMax());
  }

  /** The configuration. */
  public FeatureConfig config() {
    return config;
  }

  /** Number of columns: hashed buckets plus dense features. */
  public int dimension() {
    return config.buckets() + denseNames.size();
  }

  /** The dense feature names, in column order. */
  public List<String> denseNames() {
    return denseNames;
  }

  /**
   * The normalised, hashed n-gram terms of {@code text} with their names, in first-seen order; what
   * explanations use. Each distinct n-gram's name is built once, from bytes hashed in place.
   */
  public List<HashedTerm> terms(CharSequence text) {
    NgramCounter counter = NgramCounter.count(config, text.toString(), tokenizer.offsets(text));
    try {
      if (counter.exact()) {
        return counter.terms();
      }
    } finally {
      counter.release();
    }
    return stringTerms(text);
  }

  /**
   * The string-based reference for {@link #terms} and {@link #vectorize}: builds every n-gram
   * occurrence's name with the {@link TermStep}s, counts names and hashes each; slow, but the
   * definition the fast paths are checked against, and the path for malformed UTF-16.
   */
  List<HashedTerm> stringTerms(CharSequence text) {
    List<String> words = normalisedWords(text);
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String term : wordNgrams.apply(words)) {
      counts.merge(term, 1, Integer::sum);
    }
    if (charNgrams != null) {
      for (String term : charNgrams.apply(words)) {
        counts.merge(term, 1, Integer::sum);
      }
    }
    double norm = 0;
    for (int c : counts.values()) {
      double w = config.weighting().weigh(c);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    List<HashedTerm> out = new ArrayList<>(counts.size());
    int mask = config.buckets() - 1;
    for (var e : counts.entrySet()) {
      int h = MurmurHash3.hash32(e.getKey(), config.hashSeed());
      // The low bits choose the bucket and the top bit the sign (hashBits <= 24 keeps them apart),
      // so collisions cancel in expectation instead of adding up.
      double sign = h < 0 ? -1.0 : 1.0;
      out.add(
          new HashedTerm(
              e.getKey(), h & mask, sign * config.weighting().weigh(e.getValue()) / norm));
    }
    return out;
  }

  /** The words of {@code text} after the word steps, one per token: the string path's words. */
  private List<String> normalisedWords(CharSequence text) {
    List<String> words = new ArrayList<>();
    for (Token t : tokenizer.tokenize(text)) {
      words.add(t.text());
    }
    for (TermStep step : wordSteps) {
      words = step.apply(words);
    }
    return words;
  }

  /** The dense features as named terms; {@code dense} holds one value per dense name. */
  public List<HashedTerm> denseTerms(double[] dense) {
    if (dense.length != denseNames.size()) {
      throw new IllegalArgumentException(
          "dense must have " + denseNames.size() + " values, got " + dense.length);
    }
    List<HashedTerm> out = new ArrayList<>();
    for (int i = 0; i < dense.length; i++) {
      if (dense[i] != 0.0) {
        out.add(new HashedTerm(denseNames.get(i), config.buckets() + i, dense[i]));
      }
    }
    return out;
  }

  /**
   * The full vector of {@code text} with the given dense values: equal to {@link FeatureVector#of}
   * of {@link #terms} followed by {@link #denseTerms}, computed without building term names.
   */
  public FeatureVector vectorize(CharSequence text, double[] dense) {
    return vectorize(text, tokenizer.offsets(text), dense);
  }

  /**
   * As {@link #vectorize(CharSequence, double[])}, from the token offsets this vectorizer's
   * tokenizer returns for {@code text}, so that a caller that needs them too tokenizes once.
   */
  public FeatureVector vectorize(CharSequence text, TokenOffsets tokens, double[] dense) {
    return vectorizeCollecting(text, tokens, dense, null);
  }

  /**
   * As {@link #vectorize(CharSequence, TokenOffsets, double[])}, and adds to {@code words} the
   * distinct normalised words of {@code text} (the names of its word unigram terms without their
   * {@code w:} prefix; none when the configuration has no unigrams) from the same count, without
   * building the other terms' names.
   */
  public FeatureVector vectorize(
      CharSequence text, TokenOffsets tokens, double[] dense, Collection<String> words) {
    return vectorizeCollecting(text, tokens, dense, Objects.requireNonNull(words, "words"));
  }

  /** The vector, and the distinct words into {@code words} unless it is null. */
  private FeatureVector vectorizeCollecting(
      CharSequence text, TokenOffsets tokens, double[] dense, Collection<String> words) {
    NgramCounter counter = count(text, tokens, dense);
    try {
      if (counter.exact()) {
        if (words != null) {
          counter.distinctWords(words);
        }
        return counter.vector(dense);
      }
    } finally {
      counter.release();
    }
    // Malformed UTF-16 (or cut surrogate pairs): only the names tell such n-grams apart.
    if (words != null && config.wordNgramMin() == 1) {
      words.addAll(new LinkedHashSet<>(normalisedWords(text)));
    }
    List<HashedTerm> all = new ArrayList<>(stringTerms(text));
    all.addAll(denseTerms(dense));
    return FeatureVector.of(all);
  }

  /**
   * The dot product of {@link #vectorize(CharSequence, TokenOffsets, double[])} with {@code
   * weights}, without building or sorting the vector: equal to {@code vectorize(text, tokens,
   * dense).dot(weights)} up to rounding (the n-grams are summed in first-seen order, not column
   * order, and the L2 norm is divided out once; columns beyond {@code weights} count as 0), and
   * deterministic for a given text. Scoring uses it; explanations and training use the vector.
   */
  public double dot(CharSequence text, TokenOffsets tokens, double[] dense, double[] weights) {
    NgramCounter counter = count(text, tokens, dense);
    try {
      if (counter.exact()) {
        return counter.dot(dense, weights);
      }
    } finally {
      counter.release();
    }
    return vectorize(text, tokens, dense).dot(weights);
  }

  /** Counts {@code text}'s n-grams after checking that {@code dense} has one value per name. */
  private NgramCounter count(CharSequence text, TokenOffsets tokens, double[] dense) {
    if (dense.length != denseNames.size()) {
      throw new IllegalArgumentException(
          "dense must have " + denseNames.size() + " values, got " + dense.length);
    }
    return NgramCounter.count(config, text.toString(), tokens);
  }

  @Override
  public String toString() {
    return "HashingVectorizer["
        + tokenizer
        + " -> "
        + wordSteps
        + " -> "
        + wordNgrams
        + (charNgrams == null ? "" : " + " + charNgrams)
        + " -> "
        + config.weighting()
        + " -> L2 -> MurmurHash3(2^"
        + config.hashBits()
        + ") + dense"
        + denseNames
        + "]";
  }
}
