package dev.veracity.claim;

import dev.veracity.feature.FeatureConfig;
import dev.veracity.feature.FeatureVector;
import dev.veracity.feature.HashedTerm;
import dev.veracity.feature.HashingVectorizer;
import dev.veracity.text.WordTokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The features of one sentence for check-worthiness: hashed word n-grams plus one binary dense
 * feature per cue detector ({@code cue:<id>}) and a length feature ({@code len:log_tokens}).
 *
 * <p>Training and scoring both go through this class, so the two cannot drift apart. With other cue
 * detectors it also featurizes reader comments for the comment-spam model ({@code
 * dev.veracity.comment}). Immutable and thread-safe.
 */
public final class ClaimFeaturizer {

  /** Name of the dense length feature: ln(1 + number of tokens) / 4. */
  public static final String LENGTH_FEATURE = "len:log_tokens";

  private final List<CueDetector> detectors;
  private final HashingVectorizer vectorizer;
  private final WordTokenizer tokenizer = new WordTokenizer();

  /** A featurizer with the standard cues and the given n-gram configuration. */
  public ClaimFeaturizer(FeatureConfig config) {
    this(config, CheckworthinessCues.standard());
  }

  /** A featurizer with the given cues. */
  public ClaimFeaturizer(FeatureConfig config, List<CueDetector> detectors) {
    this.detectors = List.copyOf(detectors);
    List<String> dense = new ArrayList<>();
    for (CueDetector d : this.detectors) {
      dense.add("cue:" + d.id());
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

  /** Features and cues of {@code sentence}. */
  public Featurized featurize(String sentence) {
    Objects.requireNonNull(sentence, "sentence");
    List<Cue> cues = new ArrayList<>();
    double[] dense = new double[detectors.size() + 1];
    for (int i = 0; i < detectors.size(); i++) {
      List<Cue> found = detectors.get(i).detect(sentence);
      if (!found.isEmpty()) {
        dense[i] = 1.0;
        cues.addAll(found);
      }
    }
    dense[detectors.size()] = Math.log1p(tokenizer.tokenize(sentence).size()) / 4.0;
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
    return "ClaimFeaturizer[" + vectorizer + ", cues=" + detectors + "]";
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
