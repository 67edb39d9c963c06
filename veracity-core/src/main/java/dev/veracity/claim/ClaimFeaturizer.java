package dev.veracity.claim;

import dev.veracity.embed.SentenceEncoder;
import dev.veracity.feature.FeatureConfig;
import dev.veracity.feature.FeatureVector;
import dev.veracity.feature.HashedTerm;
import dev.veracity.feature.HashingVectorizer;
import dev.veracity.text.TokenOffsets;
import dev.veracity.text.WordTokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The features of one sentence for check-worthiness: hashed word n-grams plus one binary dense
 * feature per cue detector ({@code cue:<id>}), a length feature ({@code len:log_tokens}) and, with
 * a sentence encoder, one dense feature per vector component ({@code emb:<encoder>:<i>}).
 *
 * <p>Training and scoring both go through this class, so the two cannot drift apart. With other cue
 * detectors it also featurizes reader comments for the comment-spam model ({@code
 * dev.veracity.comment}). Immutable and thread-safe.
 */
public final class ClaimFeaturizer {

  /** Name of the dense length feature: ln(1 + number of tokens) / 4. */
  public static final String LENGTH_FEATURE = "len:log_tokens";

  /** Prefix of the sentence-encoder features' names. */
  public static final String EMBEDDING_PREFIX = "emb:";

  private final List<CueDetector> detectors;
  private final Optional<SentenceEncoder> encoder;
  private final HashingVectorizer vectorizer;
  private final WordTokenizer tokenizer = new WordTokenizer();

  /** A featurizer with the standard cues and the given n-gram configuration. */
  public ClaimFeaturizer(FeatureConfig config) {
    this(config, CheckworthinessCues.standard());
  }

  /** A featurizer with the given cues. */
  public ClaimFeaturizer(FeatureConfig config, List<CueDetector> detectors) {
    this(config, detectors, Optional.empty());
  }

  /** A featurizer with the given cues and, when present, sentence-encoder features. */
  public ClaimFeaturizer(
      FeatureConfig config, List<CueDetector> detectors, Optional<SentenceEncoder> encoder) {
    this.detectors = List.copyOf(detectors);
    this.encoder = Objects.requireNonNull(encoder, "encoder");
    List<String> dense = new ArrayList<>();
    for (CueDetector d : this.detectors) {
      dense.add("cue:" + d.id());
    }
    dense.add(LENGTH_FEATURE);
    encoder.ifPresent(
        e -> {
          for (int i = 0; i < e.dimension(); i++) {
            dense.add(EMBEDDING_PREFIX + e.name() + ":" + i);
          }
        });
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

  /** Features and cues of {@code sentence}. */
  public Featurized featurize(String sentence) {
    Objects.requireNonNull(sentence, "sentence");
    return featurize(sentence, encoder.map(e -> e.encode(sentence)));
  }

  /**
   * Features of each sentence, encoding them in batches when this featurizer has a sentence
   * encoder; the same as {@link #featurize(String)} of each.
   */
  public List<Featurized> featurizeAll(List<String> sentences) {
    List<Featurized> out = new ArrayList<>(sentences.size());
    if (encoder.isEmpty()) {
      for (String s : sentences) {
        out.add(featurize(s));
      }
      return out;
    }
    List<float[]> vectors = encoder.get().encodeAll(sentences);
    for (int i = 0; i < sentences.size(); i++) {
      out.add(featurize(sentences.get(i), Optional.of(vectors.get(i))));
    }
    return out;
  }

  /**
   * The name of the sentence encoder whose features are among {@code denseNames} (a model's dense
   * feature names); empty when there are none.
   */
  public static Optional<String> encoderName(List<String> denseNames) {
    for (String name : denseNames) {
      if (name.startsWith(EMBEDDING_PREFIX)) {
        int end = name.lastIndexOf(':');
        return Optional.of(name.substring(EMBEDDING_PREFIX.length(), end));
      }
    }
    return Optional.empty();
  }

  /** Whether this featurizer adds sentence-encoder features. */
  public boolean encodes() {
    return encoder.isPresent();
  }

  /**
   * The feature vector of {@code sentence}: equal to {@link #featurize(String)}'s vector, from one
   * tokenization and without term names or cue lists.
   */
  public FeatureVector vectorize(String sentence) {
    Objects.requireNonNull(sentence, "sentence");
    TokenOffsets tokens = tokenizer.offsets(sentence);
    double[] dense = dense(sentence, tokens.size(), encoder.map(e -> e.encode(sentence)), null);
    return vectorizer.vectorize(sentence, tokens, dense);
  }

  /** The dense block; adds the cues found to {@code cues} unless it is null. */
  private double[] dense(String sentence, int tokens, Optional<float[]> vector, List<Cue> cues) {
    int embedded = vector.map(v -> v.length).orElse(0);
    double[] dense = new double[detectors.size() + 1 + embedded];
    for (int i = 0; i < detectors.size(); i++) {
      List<Cue> found = detectors.get(i).detect(sentence);
      if (!found.isEmpty()) {
        dense[i] = 1.0;
        if (cues != null) {
          cues.addAll(found);
        }
      }
    }
    dense[detectors.size()] = Math.log1p(tokens) / 4.0;
    for (int i = 0; i < embedded; i++) {
      dense[detectors.size() + 1 + i] = vector.get()[i];
    }
    return dense;
  }

  private Featurized featurize(String sentence, Optional<float[]> vector) {
    List<Cue> cues = new ArrayList<>();
    double[] dense = dense(sentence, tokenizer.tokenize(sentence).size(), vector, cues);
    List<HashedTerm> terms = new ArrayList<>(vectorizer.terms(sentence));
    terms.addAll(vectorizer.denseTerms(dense));
    cues.sort(
        (a, b) ->
            Integer.compare(
                a.span().map(s -> s.start()).orElse(Integer.MAX_VALUE),
                b.span().map(s -> s.start()).orElse(Integer.MAX_VALUE)));
    return new Featurized(FeatureVector.of(terms), terms, cues);
  }

  @Override
  public String toString() {
    return "ClaimFeaturizer["
        + vectorizer
        + ", cues="
        + detectors
        + encoder.map(e -> ", encoder=" + e.name()).orElse("")
        + "]";
  }

  /**
   * One sentence's features.
   *
   * @param vector the sparse vector a linear model scores
   * @param terms the named features that make up the vector
   * @param cues the readable cues found, in text order
   */
  public record Featurized(FeatureVector vector, List<HashedTerm> terms, List<Cue> cues) {

    /** Validates and copies. */
    public Featurized {
      Objects.requireNonNull(vector, "vector");
      terms = List.copyOf(terms);
      cues = List.copyOf(cues);
    }
  }
}
