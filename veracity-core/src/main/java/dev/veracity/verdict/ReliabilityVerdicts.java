package dev.veracity.verdict;

import dev.veracity.article.Segment;
import dev.veracity.article.SegmentKind;
import dev.veracity.article.Segmentation;
import dev.veracity.classify.LinearReliabilityClassifier;
import dev.veracity.classify.ModelKind;
import dev.veracity.classify.ReliabilityAssessment;
import dev.veracity.classify.ReliabilityModel;
import dev.veracity.classify.SentenceContribution;
import dev.veracity.classify.ShortTextRouter;
import dev.veracity.model.InvalidModelException;
import dev.veracity.signal.SourceSignal;
import dev.veracity.text.WordTokenizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Gives an article its verdict: picks the text model by the length of the title, body and quotes
 * (and, for short texts, by the {@link ShortTextRouter}), scores them (never comments or
 * boilerplate), turns the text score, the site rating and any further signals into {@link Signal}s
 * and fuses them.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReliabilityVerdicts {

  private static final Set<SegmentKind> SCORED =
      Set.of(SegmentKind.TITLE, SegmentKind.BODY, SegmentKind.QUOTE);

  private static ReliabilityVerdicts defaultInstance;

  private final Map<ModelKind, LinearReliabilityClassifier> models;
  private final ShortTextRouter router;
  private final SourceRatingWeights sourceWeights;
  private final SignalFusion fusion;
  private final WordTokenizer tokenizer = new WordTokenizer();

  /**
   * Verdicts from {@code models} (one per kind), the {@code router} that picks between the
   * short-text kinds, {@code sourceWeights} and {@code fusion}.
   *
   * @throws IllegalArgumentException when a kind has no model
   */
  public ReliabilityVerdicts(
      Map<ModelKind, LinearReliabilityClassifier> models,
      ShortTextRouter router,
      SourceRatingWeights sourceWeights,
      SignalFusion fusion) {
    this.models = new EnumMap<>(models);
    this.router = Objects.requireNonNull(router, "router");
    for (ModelKind k : ModelKind.values()) {
      if (!this.models.containsKey(k)) {
        throw new IllegalArgumentException("models must hold every kind, missing " + k.id());
      }
    }
    this.sourceWeights = Objects.requireNonNull(sourceWeights, "sourceWeights");
    this.fusion = Objects.requireNonNull(fusion, "fusion");
  }

  /**
   * The committed default models, the default source weights and {@link LogOddsFusion}; read once
   * and shared, as the instance is immutable.
   */
  public static synchronized ReliabilityVerdicts defaults() throws InvalidModelException {
    if (defaultInstance == null) {
      Map<ModelKind, LinearReliabilityClassifier> m = new EnumMap<>(ModelKind.class);
      for (ModelKind k : ModelKind.values()) {
        m.put(k, LinearReliabilityClassifier.withDefaultModel(k));
      }
      defaultInstance =
          new ReliabilityVerdicts(
              m, ShortTextRouter.defaults(), SourceRatingWeights.defaults(), new LogOddsFusion());
    }
    return defaultInstance;
  }

  /** The model of each kind. */
  public Map<ModelKind, LinearReliabilityClassifier> models() {
    return Map.copyOf(models);
  }

  /**
   * The verdict on a segmented article.
   *
   * @param site the site's rating, when the article names its site
   * @param more further signals (matched fact-checks, say), fused after the text and the site
   */
  public Verdict judge(Segmentation segmentation, Optional<SourceSignal> site, List<Signal> more) {
    Objects.requireNonNull(segmentation, "segmentation");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(more, "more");
    String text = segmentation.text();
    String scored = scoredText(segmentation);
    int tokens = tokenizer.tokenize(scored).size();
    boolean isShort = tokens <= ModelKind.STATEMENT_MAX_TOKENS;
    String reason =
        tokens
            + " word tokens in title, body and quotes ("
            + (isShort ? "at most " : "more than ")
            + ModelKind.STATEMENT_MAX_TOKENS
            + "): "
            + (isShort ? "a short text" : "a full article");
    ModelKind kind = ModelKind.ARTICLES;
    if (isShort) {
      double post = router.probabilityPost(scored);
      kind = post >= router.model().threshold() ? ModelKind.POSTS : ModelKind.STATEMENTS;
      reason +=
          String.format(
              Locale.ROOT,
              ", %s (short-text router: probability %.2f of a social-media post)",
              kind == ModelKind.POSTS ? "a social-media post" : "a statement",
              post);
    }
    LinearReliabilityClassifier classifier = models.get(kind);
    ReliabilityModel model = classifier.model();
    ReliabilityAssessment a = classifier.assess(scored);
    boolean inDomain = a.outOfDomain().isEmpty();

    List<Signal> signals = new ArrayList<>();
    signals.add(textSignal(kind, a, inDomain));
    site.map(sourceWeights::signal).ifPresent(signals::add);
    signals.addAll(more);
    UncertainBand textBand =
        new UncertainBand(
            model.reliableAtOrBelow(), model.unreliableAtOrAbove(), model.targetPrecision());
    SignalFusion.Fused fused = fusion.fuse(signals, textBand, inDomain);
    UncertainBand band = fused.band();

    TextExplanation explanation =
        new TextExplanation(
            a.phrases(),
            sentences(text, a.towardUnreliable()),
            sentences(text, a.towardReliable()),
            a.features(),
            a.functionWords(),
            a.intercept());
    Optional<DomainGateCheck> gate = Optional.empty();
    if (classifier.domainGate().isPresent() && a.inDomainProbability().isPresent()) {
      gate =
          Optional.of(
              new DomainGateCheck(
                  Math.round(a.inDomainProbability().getAsDouble() * 1e6) / 1e6,
                  classifier.domainGate().get().threshold()));
    }
    ModelChoice choice = new ModelChoice(kind, reason, classifier.describe(), tokens, gate);
    return new Verdict(
        fused.label(),
        fused.probabilityUnreliable(),
        band,
        choice,
        fused.signals(),
        a.outOfDomain(),
        explanation,
        summary(fused, band));
  }

  /**
   * The analysed text with everything but title, body and quote segments blanked out, so that
   * offsets into it are offsets into the analysed text.
   */
  static String scoredText(Segmentation segmentation) {
    String text = segmentation.text();
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      char c = text.charAt(i);
      out[i] = c == '\n' ? '\n' : ' ';
    }
    for (Segment s : segmentation.segments()) {
      if (SCORED.contains(s.kind())) {
        text.getChars(s.start(), s.end(), out, s.start());
      }
    }
    return new String(out);
  }

  private static Signal textSignal(ModelKind kind, ReliabilityAssessment a, boolean inDomain) {
    String p = String.format(Locale.ROOT, "%.2f", a.probabilityUnreliable());
    if (!inDomain) {
      List<String> why = a.outOfDomain().stream().map(o -> o.id()).toList();
      return Signal.of(
          Signal.TEXT_MODEL,
          "the "
              + kind.id()
              + " model abstains: the text is out of domain ("
              + String.join(", ", why)
              + "); it would give "
              + p,
          0.0,
          "an out-of-domain text adds nothing");
    }
    return Signal.of(
        Signal.TEXT_MODEL,
        "the " + kind.id() + " model gives probability " + p + " of unreliable",
        round(LogOddsFusion.logit(a.probabilityUnreliable())),
        "the logit of the text model's calibrated probability");
  }

  private static List<SentenceEvidence> sentences(String text, List<SentenceContribution> in) {
    List<SentenceEvidence> out = new ArrayList<>(in.size());
    for (SentenceContribution s : in) {
      int start = s.span().start();
      int end = s.span().end();
      out.add(new SentenceEvidence(text.substring(start, end), start, end, s.weight()));
    }
    return out;
  }

  private static String summary(SignalFusion.Fused fused, UncertainBand band) {
    String p = String.format(Locale.ROOT, "%.2f", fused.probabilityUnreliable());
    String lead =
        switch (fused.label()) {
          case RELIABLE -> "Reliable: probability " + p + " of unreliable";
          case UNRELIABLE -> "Unreliable: probability " + p + " of unreliable";
          case UNCERTAIN ->
              String.format(
                  Locale.ROOT,
                  "Uncertain: probability %s of unreliable, inside the band %.2f-%.2f where"
                      + " verdicts are not confident",
                  p,
                  band.reliableAtOrBelow(),
                  band.unreliableAtOrAbove());
          case SATIRE -> "Satire: the site publishes satire, which is not fake news";
          case OUT_OF_DOMAIN ->
              "Out of domain: the text is unlike what the text model learned from, so no"
                  + " confident verdict is given";
        };
    List<String> findings = new ArrayList<>();
    for (Signal s : fused.signals()) {
      findings.add(s.finding());
    }
    return lead + ". " + capitalise(String.join("; ", findings)) + ".";
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }

  @Override
  public String toString() {
    return "ReliabilityVerdicts[" + models.values() + ", " + sourceWeights + ", " + fusion + "]";
  }
}
