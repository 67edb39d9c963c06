package dev.veracity.classify;

import dev.veracity.feature.FeatureVector;
import dev.veracity.feature.HashedTerm;
import dev.veracity.feature.TermStep;
import dev.veracity.model.Contribution;
import dev.veracity.model.InvalidModelException;
import dev.veracity.text.OpenNlpSentenceSplitter;
import dev.veracity.text.SentenceSplitter;
import dev.veracity.text.Span;
import dev.veracity.text.Token;
import dev.veracity.text.WordTokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A reliability classifier that scores {@link ReliabilityFeaturizer} features with a calibrated
 * linear model.
 *
 * <p>Immutable and thread-safe. Texts longer than {@link #MAX_CHARS} characters are scored on their
 * first {@link #MAX_CHARS} characters, which bounds the time per text. Out-of-domain texts always
 * get an {@link Verdict#UNCERTAIN} verdict: too short, too few known words, or (when the model has
 * a {@link DomainGate}) unlike the training text. Phrase and sentence explanations cover word
 * n-grams only (style and length features shift the score but have no span); an n-gram's
 * contribution is shared equally among its occurrences when sentences are summed.
 */
public final class LinearReliabilityClassifier implements ReliabilityClassifier {

  /** Longest prefix of a text that is scored. */
  public static final int MAX_CHARS = 200_000;

  /** How many phrases an assessment lists. */
  public static final int TOP_PHRASES = 8;

  /** How many sentences an assessment lists in each direction. */
  public static final int TOP_SENTENCES = 3;

  private final ReliabilityModel model;
  private final ReliabilityFeaturizer featurizer;
  private final double[] weights;
  private final Predicate<String> vocabulary;
  private final List<TermStep> wordSteps;
  private final Optional<DomainGate> gate;
  private final WordTokenizer tokenizer = new WordTokenizer();
  private final SentenceSplitter sentences = new OpenNlpSentenceSplitter();

  /**
   * A classifier for {@code model}.
   *
   * @throws InvalidModelException when the model's dense features are not the ones this code
   *     computes, or its weights lie outside its dimension
   */
  public LinearReliabilityClassifier(ReliabilityModel model) throws InvalidModelException {
    this.model = Objects.requireNonNull(model, "model");
    this.featurizer = new ReliabilityFeaturizer(model.features());
    if (!featurizer.denseNames().equals(model.denseFeatures())) {
      throw new InvalidModelException(
          "model dense features "
              + model.denseFeatures()
              + " differ from this version's "
              + featurizer.denseNames());
    }
    try {
      this.weights = model.weights().toDense(model.dimension());
    } catch (IllegalArgumentException e) {
      throw new InvalidModelException(e.getMessage(), e);
    }
    this.vocabulary = model.vocabulary().membership();
    this.wordSteps = model.features().wordSteps();
    this.gate =
        model.domainGate().isPresent()
            ? Optional.of(
                new DomainGate(model.domainGate().get(), model.features(), model.denseFeatures()))
            : Optional.empty();
  }

  /** A classifier for the default model of {@code kind} on the classpath. */
  public static LinearReliabilityClassifier withDefaultModel(ModelKind kind)
      throws InvalidModelException {
    return new LinearReliabilityClassifier(ReliabilityModelJson.readDefault(kind));
  }

  /** The model. */
  public ReliabilityModel model() {
    return model;
  }

  /** The model's domain gate; empty when the model has none. */
  public Optional<DomainGate> domainGate() {
    return gate;
  }

  /**
   * The domain gate's probability that {@code text} is like the training text; empty when the model
   * has no gate.
   */
  public OptionalDouble inDomainProbability(String text) {
    if (gate.isEmpty()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(gate.get().inDomainProbability(featurizer.vectorize(cap(text))));
  }

  /** The uncalibrated log-odds of unreliable for {@code text}. */
  public double rawScore(String text) {
    return model.bias() + featurizer.dot(cap(text), weights);
  }

  /** The calibrated probability of unreliable for {@code text}, without explanations. */
  public double probability(String text) {
    return model.calibration().probability(rawScore(text));
  }

  @Override
  public ReliabilityAssessment assess(String text) {
    String t = cap(text);
    List<HashedTerm> terms = featurizer.terms(t);
    FeatureVector vector = FeatureVector.of(terms);
    double raw = model.bias() + vector.dot(weights);
    double p = model.calibration().probability(raw);
    Map<String, Double> contribution = new HashMap<>();
    List<Contribution> dense = new ArrayList<>();
    double functionWords = 0.0;
    for (HashedTerm term : terms) {
      double c = term.value() * weights[term.index()];
      if (term.name().startsWith("w:")) {
        contribution.merge(term.name(), c, Double::sum);
        if (FunctionWords.onlyFunctionWords(term.name())) {
          functionWords += c;
        }
      } else if (model.denseFeatures().contains(term.name())) {
        dense.add(new Contribution(term.name(), round(c)));
      }
    }
    List<Token> tokens = tokenizer.tokenize(t);
    List<String> words = new ArrayList<>(tokens.size());
    for (Token tok : tokens) {
      words.add(tok.text());
    }
    for (TermStep step : wordSteps) {
      words = step.apply(words);
    }
    double coverage = coverage(words);
    List<OutOfDomain> ood = new ArrayList<>();
    if (tokens.size() < model.minTokens()) {
      ood.add(OutOfDomain.TOO_SHORT);
    }
    if (coverage < model.minCoverage()) {
      ood.add(OutOfDomain.LOW_VOCABULARY_COVERAGE);
    }
    OptionalDouble inDomain = OptionalDouble.empty();
    if (gate.isPresent()) {
      // The gate scores the vector already computed: one more dot product.
      double q = gate.get().inDomainProbability(vector);
      inDomain = OptionalDouble.of(q);
      if (gate.get().flags(q)) {
        ood.add(OutOfDomain.UNLIKE_TRAINING_TEXT);
      }
    }
    Verdict verdict;
    if (!ood.isEmpty()) {
      verdict = Verdict.UNCERTAIN;
    } else if (p >= model.unreliableAtOrAbove()) {
      verdict = Verdict.UNRELIABLE;
    } else if (p <= model.reliableAtOrBelow()) {
      verdict = Verdict.RELIABLE;
    } else {
      verdict = Verdict.UNCERTAIN;
    }
    Map<String, List<Span>> occurrences = occurrences(tokens, words);
    List<PhraseContribution> phrases = phrases(contribution, occurrences);
    List<SentenceContribution> bySentence = sentences(t, contribution, occurrences);
    List<SentenceContribution> up = new ArrayList<>();
    List<SentenceContribution> down = new ArrayList<>();
    for (SentenceContribution s : bySentence) {
      if (s.weight() > 0) {
        up.add(s);
      } else if (s.weight() < 0) {
        down.add(s);
      }
    }
    up.sort(Comparator.comparingDouble(SentenceContribution::weight).reversed());
    down.sort(Comparator.comparingDouble(SentenceContribution::weight));
    return new ReliabilityAssessment(
        p,
        verdict,
        ood,
        tokens.size(),
        coverage,
        phrases,
        up.subList(0, Math.min(TOP_SENTENCES, up.size())),
        down.subList(0, Math.min(TOP_SENTENCES, down.size())),
        model.bias(),
        round(functionWords),
        dense,
        inDomain);
  }

  /** Share of distinct words holding a letter or digit that the training vocabulary holds. */
  private double coverage(List<String> words) {
    Set<String> distinct = new LinkedHashSet<>();
    for (String w : words) {
      if (hasLetterOrDigit(w)) {
        distinct.add(w);
      }
    }
    if (distinct.isEmpty()) {
      return 0.0;
    }
    long seen = distinct.stream().filter(vocabulary).count();
    return (double) seen / distinct.size();
  }

  private Map<String, List<Span>> occurrences(List<Token> tokens, List<String> words) {
    Map<String, List<Span>> out = new LinkedHashMap<>();
    int min = model.features().wordNgramMin();
    int max = model.features().wordNgramMax();
    for (int n = min; n <= max; n++) {
      for (int i = 0; i + n <= words.size(); i++) {
        // "w:" and the words joined by single spaces, as the feature names are written.
        StringBuilder b = new StringBuilder("w:").append(words.get(i));
        for (int j = i + 1; j < i + n; j++) {
          b.append(' ').append(words.get(j));
        }
        String name = b.toString();
        out.computeIfAbsent(name, k -> new ArrayList<>())
            .add(new Span(tokens.get(i).start(), tokens.get(i + n - 1).end()));
      }
    }
    return out;
  }

  private static List<PhraseContribution> phrases(
      Map<String, Double> contribution, Map<String, List<Span>> occurrences) {
    List<PhraseContribution> out = new ArrayList<>();
    for (var e : occurrences.entrySet()) {
      double c = round(contribution.getOrDefault(e.getKey(), 0.0));
      if (c == 0.0
          || !everyWordHasLetterOrDigit(e.getKey().substring(2))
          || FunctionWords.onlyFunctionWords(e.getKey())) {
        continue;
      }
      List<Span> spans = e.getValue();
      out.add(
          new PhraseContribution(
              e.getKey(),
              c,
              spans.subList(0, Math.min(PhraseContribution.MAX_SPANS, spans.size()))));
    }
    out.sort(
        Comparator.comparingDouble((PhraseContribution c) -> -Math.abs(c.weight()))
            .thenComparing(PhraseContribution::feature));
    return out.subList(0, Math.min(TOP_PHRASES, out.size()));
  }

  private List<SentenceContribution> sentences(
      String text, Map<String, Double> contribution, Map<String, List<Span>> occurrences) {
    if (text.isBlank()) {
      return List.of();
    }
    List<Span> spans = sentences.split(text);
    double[] sum = new double[spans.size()];
    for (var e : occurrences.entrySet()) {
      Double c = contribution.get(e.getKey());
      if (c == null) {
        continue;
      }
      double share = c / e.getValue().size();
      for (Span s : e.getValue()) {
        int k = sentenceOf(spans, s.start());
        if (k >= 0) {
          sum[k] += share;
        }
      }
    }
    List<SentenceContribution> out = new ArrayList<>();
    for (int k = 0; k < spans.size(); k++) {
      double w = round(sum[k]);
      if (w != 0.0) {
        out.add(new SentenceContribution(spans.get(k), w));
      }
    }
    return out;
  }

  /** The index of the sentence containing {@code offset}, or -1. */
  private static int sentenceOf(List<Span> spans, int offset) {
    int lo = 0;
    int hi = spans.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span s = spans.get(mid);
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /**
   * Whether no token of the n-gram is bare punctuation ("however ," explains nothing). The n-gram
   * is written as {@link #occurrences} writes it: non-empty words joined by single spaces.
   */
  private static boolean everyWordHasLetterOrDigit(String ngram) {
    for (int from = 0; from <= ngram.length(); ) {
      int space = ngram.indexOf(' ', from);
      int to = space < 0 ? ngram.length() : space;
      if (!FunctionWords.hasLetterOrDigit(ngram, from, to)) {
        return false;
      }
      from = to + 1;
    }
    return true;
  }

  private static boolean hasLetterOrDigit(String s) {
    return FunctionWords.hasLetterOrDigit(s, 0, s.length());
  }

  private static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }

  private static String cap(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() <= MAX_CHARS) {
      return text;
    }
    // Never cut a surrogate pair in two.
    int end = Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
    return text.substring(0, end);
  }

  @Override
  public String describe() {
    Object created = model.provenance().getOrDefault("created", "unknown");
    return "LinearReliabilityClassifier("
        + model.format()
        + ", "
        + model.kind().id()
        + ", created "
        + created
        + ")";
  }

  @Override
  public String toString() {
    return "LinearReliabilityClassifier[" + featurizer + "]";
  }
}
