package dev.veracity;

import dev.veracity.article.Article;
import dev.veracity.article.ArticleSegmenter;
import dev.veracity.article.LineRuleSegmenter;
import dev.veracity.article.Segmentation;
import dev.veracity.claim.ArticleClaimRanker;
import dev.veracity.claim.ArticleClaims;
import dev.veracity.claim.ClaimDetector;
import dev.veracity.claim.LinearClaimDetector;
import dev.veracity.classify.ModelKind;
import dev.veracity.classify.ReliabilityModelJson;
import dev.veracity.classify.ShortTextRouter;
import dev.veracity.comment.CommentReport;
import dev.veracity.comment.SpamDetector;
import dev.veracity.factcheck.ArticleFactChecks;
import dev.veracity.factcheck.FactCheckMatcher;
import dev.veracity.factcheck.FactCheckReport;
import dev.veracity.model.InvalidModelException;
import dev.veracity.report.CheckReport;
import dev.veracity.report.Component;
import dev.veracity.report.InputSummary;
import dev.veracity.report.Provenance;
import dev.veracity.signal.SourceLookup;
import dev.veracity.signal.SourceSignal;
import dev.veracity.style.LexicalStyleAnalyzer;
import dev.veracity.style.StyleAnalyzer;
import dev.veracity.style.StyleCue;
import dev.veracity.text.NormalizingSentenceSplitter;
import dev.veracity.verdict.FactCheckWeights;
import dev.veracity.verdict.ReliabilityVerdicts;
import dev.veracity.verdict.Signal;
import dev.veracity.verdict.Verdict;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The common path: check one article and get its report.
 *
 * <p>Delegates to public building blocks (an {@link ArticleSegmenter}, a {@link StyleAnalyzer}, an
 * {@link ArticleClaimRanker}), each usable alone. Instances are immutable and thread-safe when
 * their parts are.
 */
public final class Veracity {

  /** How many article claims a report lists; {@link #claims(Article)} gives all. */
  public static final int REPORTED_CLAIMS = 10;

  /** How many comment claims a report lists. */
  public static final int REPORTED_COMMENT_CLAIMS = 5;

  /** How many check-worthy article claims, besides the headline, are matched to fact-checks. */
  public static final int MATCHED_CLAIMS = 5;

  /** The provenance role of the check-worthiness model. */
  public static final String CLAIM_MODEL_ROLE = "claim-model";

  private final ArticleSegmenter segmenter;
  private final StyleAnalyzer styleAnalyzer;
  private final Optional<ArticleClaimRanker> claimRanker;
  private final Optional<SourceLookup> sourceLookup;
  private final Optional<SpamDetector> spamDetector;

  /** How matched fact-checks weigh in the verdict (docs/REPORT.md, "How the verdict is made"). */
  private static final FactCheckWeights FACT_CHECK_WEIGHTS = FactCheckWeights.defaults();

  private final Optional<FactCheckMatcher> factCheckMatcher;
  private final Optional<ReliabilityVerdicts> verdicts;
  private final List<Component> components;
  private final Clock clock;

  private Veracity(Builder b) {
    this.segmenter = Objects.requireNonNull(b.segmenter, "segmenter");
    this.styleAnalyzer = Objects.requireNonNull(b.styleAnalyzer, "styleAnalyzer");
    this.clock = Objects.requireNonNull(b.clock, "clock");
    this.claimRanker = Optional.ofNullable(b.claimRanker);
    this.sourceLookup = Optional.ofNullable(b.sourceLookup);
    this.spamDetector = Optional.ofNullable(b.spamDetector);
    this.factCheckMatcher = Optional.ofNullable(b.factCheckMatcher);
    this.verdicts = Optional.ofNullable(b.verdicts);
    List<Component> parts = new ArrayList<>();
    parts.add(new Component("segmenter", segmenter.toString(), VeracityVersion.get()));
    parts.add(new Component("style", styleAnalyzer.toString(), VeracityVersion.get()));
    claimRanker.ifPresent(
        r -> parts.add(new Component("claims", r.toString(), VeracityVersion.get())));
    spamDetector.ifPresent(
        d -> parts.add(new Component("comment-spam", d.describe(), VeracityVersion.get())));
    verdicts.ifPresent(
        v -> parts.add(new Component("verdict", v.toString(), VeracityVersion.get())));
    sourceLookup.ifPresent(l -> parts.addAll(l.components()));
    factCheckMatcher.ifPresent(
        m -> parts.add(new Component("fact-checks", m.describe(), VeracityVersion.get())));
    parts.addAll(b.extraComponents);
    this.components = List.copyOf(parts);
  }

  /**
   * The standard pipeline: {@link LineRuleSegmenter}, {@link LexicalStyleAnalyzer} with the
   * committed reliable-news reference ranges, and the committed check-worthiness model; every
   * report cites the reference snapshot and the model by SHA-256.
   */
  public static Veracity defaults() {
    return defaultBuilder().build();
  }

  /** A builder preset to {@link #defaults()}, to add or replace parts (a source lookup, say). */
  public static Builder defaultBuilder() {
    LexicalStyleAnalyzer style = LexicalStyleAnalyzer.withDefaultReference();
    LinearClaimDetector detector;
    String modelSha256;
    SpamDetector spam;
    ReliabilityVerdicts verdicts;
    List<Component> reliabilityModels = new ArrayList<>();
    try {
      detector = LinearClaimDetector.withDefaultModel();
      modelSha256 = LinearClaimDetector.MODEL_FORMAT.defaultSha256();
      spam = SpamDetector.withDefaultModel();
      verdicts = ReliabilityVerdicts.defaults();
      for (ModelKind kind : ModelKind.values()) {
        reliabilityModels.add(
            new Component(
                "reliability-model-" + kind.id(),
                kind.resource(),
                "sha256:" + ReliabilityModelJson.defaultSha256(kind)));
      }
      reliabilityModels.add(
          new Component(
              "short-text-router",
              ShortTextRouter.MODEL_FORMAT.defaultResource(),
              "sha256:" + ShortTextRouter.MODEL_FORMAT.defaultSha256()));
    } catch (InvalidModelException e) {
      throw new IllegalStateException("a committed default model is unreadable", e);
    }
    Builder builder = builder().verdicts(verdicts);
    reliabilityModels.forEach(builder::component);
    return builder
        .segmenter(new LineRuleSegmenter())
        .styleAnalyzer(style)
        .claimRanker(new ArticleClaimRanker(detector, NormalizingSentenceSplitter.standard()))
        .spamDetector(spam)
        .component(style.reference().component())
        .component(
            new Component(
                CLAIM_MODEL_ROLE,
                LinearClaimDetector.MODEL_FORMAT.defaultResource() + " " + detector.describe(),
                "sha256:" + modelSha256));
  }

  /** A builder for a custom pipeline. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks one article.
   *
   * @param article the article
   * @param source the input's name as the user gave it, echoed in the report
   */
  public CheckReport check(Article article, String source) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(source, "source");
    Map<String, Double> timings = new LinkedHashMap<>();
    long t0 = System.nanoTime();
    Segmentation segmentation = segmenter.segment(article);
    long t1 = System.nanoTime();
    List<StyleCue> style = styleAnalyzer.analyze(segmentation);
    long t2 = System.nanoTime();
    ArticleClaims claims =
        claimRanker
            .map(r -> r.rank(segmentation).top(REPORTED_CLAIMS, REPORTED_COMMENT_CLAIMS))
            .orElse(new ArticleClaims(List.of(), List.of()));
    long t3 = System.nanoTime();
    timings.put("segmentation", (t1 - t0) / 1e6);
    timings.put("style", (t2 - t1) / 1e6);
    claimRanker.ifPresent(r -> timings.put("claims", (t3 - t2) / 1e6));
    Optional<SourceSignal> site = sourceLookup.flatMap(l -> l.rate(article));
    long t4 = System.nanoTime();
    sourceLookup.ifPresent(l -> timings.put("source", (t4 - t3) / 1e6));
    CommentReport comments =
        spamDetector.map(d -> CommentReport.of(segmentation, d)).orElse(CommentReport.none());
    long t5 = System.nanoTime();
    spamDetector.ifPresent(d -> timings.put("comments", (t5 - t4) / 1e6));
    FactCheckReport factChecks =
        factCheckMatcher
            .map(
                m ->
                    ArticleFactChecks.match(
                        m, segmentation.title(), article.title(), claims.article(), MATCHED_CLAIMS))
            .orElse(FactCheckReport.noIndex());
    factCheckMatcher.ifPresent(m -> timings.put("fact-checks", (System.nanoTime() - t5) / 1e6));
    long t6 = System.nanoTime();
    List<Signal> evidence = FACT_CHECK_WEIGHTS.signal(factChecks).stream().toList();
    Optional<Verdict> verdict = verdicts.map(v -> v.judge(segmentation, site, evidence));
    verdicts.ifPresent(v -> timings.put("verdict", (System.nanoTime() - t6) / 1e6));
    InputSummary input =
        new InputSummary(
            source,
            article.title(),
            article.url().map(Object::toString),
            article.domain(),
            article.text().length(),
            sha256(article.text()));
    Provenance provenance =
        new Provenance(
            VeracityVersion.get(),
            Runtime.version().toString(),
            clock.instant(),
            components,
            timings);
    return new CheckReport(
        CheckReport.SCHEMA,
        input,
        verdict,
        segmentation.segments(),
        style,
        claims,
        site,
        comments,
        factChecks,
        provenance);
  }

  /**
   * Every sentence of the article ranked by check-worthiness (the report keeps only the top ones).
   *
   * @throws IllegalStateException when this pipeline has no claim ranker
   */
  public ArticleClaims claims(Article article) {
    ArticleClaimRanker ranker =
        claimRanker.orElseThrow(() -> new IllegalStateException("no claim ranker configured"));
    return ranker.rank(segmenter.segment(article));
  }

  /** The components every report of this pipeline names in its provenance. */
  public List<Component> components() {
    return components;
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }

  /** Assembles a {@link Veracity}. Not thread-safe. */
  public static final class Builder {
    private ArticleSegmenter segmenter;
    private StyleAnalyzer styleAnalyzer;
    private ArticleClaimRanker claimRanker;
    private SourceLookup sourceLookup;
    private SpamDetector spamDetector;
    private FactCheckMatcher factCheckMatcher;
    private ReliabilityVerdicts verdicts;
    private Clock clock = Clock.systemUTC();
    private final List<Component> extraComponents = new ArrayList<>();

    private Builder() {}

    /** The segmenter to use. */
    public Builder segmenter(ArticleSegmenter value) {
      this.segmenter = value;
      return this;
    }

    /** The style analyzer to use. */
    public Builder styleAnalyzer(StyleAnalyzer value) {
      this.styleAnalyzer = value;
      return this;
    }

    /** The claim ranker to use; without one, reports list no claims. */
    public Builder claimRanker(ArticleClaimRanker value) {
      this.claimRanker = value;
      return this;
    }

    /** The source-rating lookup to use; without one, reports rate no source. */
    public Builder sourceLookup(SourceLookup value) {
      this.sourceLookup = value;
      return this;
    }

    /** The comment-spam detector to use; without one, reports judge no comment. */
    public Builder spamDetector(SpamDetector value) {
      this.spamDetector = value;
      return this;
    }

    /**
     * The matcher of known fact-checks; without one, reports say that no fact-check index is
     * loaded.
     */
    public Builder factCheckMatcher(FactCheckMatcher value) {
      this.factCheckMatcher = value;
      return this;
    }

    /** How verdicts are made; without it, reports give no verdict. */
    public Builder verdicts(ReliabilityVerdicts value) {
      this.verdicts = value;
      return this;
    }

    /** The clock that stamps reports (tests fix it). */
    public Builder clock(Clock value) {
      this.clock = value;
      return this;
    }

    /**
     * Scores claims with {@code detector} (sentences split as in {@link #defaultBuilder()}) and
     * names it in every report's provenance as the {@code claim-model} component, replacing an
     * earlier one.
     *
     * @param name what the model is, e.g. its file and {@link LinearClaimDetector#describe()}
     * @param version its version, e.g. {@code sha256:} and the file's digest
     */
    public Builder claimModel(ClaimDetector detector, String name, String version) {
      Component model = new Component(CLAIM_MODEL_ROLE, name, version);
      this.claimRanker =
          new ArticleClaimRanker(
              Objects.requireNonNull(detector, "detector"), NormalizingSentenceSplitter.standard());
      extraComponents.removeIf(c -> c.role().equals(CLAIM_MODEL_ROLE));
      extraComponents.add(model);
      return this;
    }

    /** Records a further component (a data snapshot, a model) in every report's provenance. */
    public Builder component(Component value) {
      extraComponents.add(Objects.requireNonNull(value, "component"));
      return this;
    }

    /** Builds the pipeline. */
    public Veracity build() {
      return new Veracity(this);
    }
  }
}
