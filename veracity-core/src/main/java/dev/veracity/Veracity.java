package dev.veracity;

import dev.veracity.article.Article;
import dev.veracity.article.ArticleSegmenter;
import dev.veracity.article.LineRuleSegmenter;
import dev.veracity.article.Segmentation;
import dev.veracity.report.CheckReport;
import dev.veracity.report.Component;
import dev.veracity.report.InputSummary;
import dev.veracity.report.Provenance;
import dev.veracity.style.LexicalStyleAnalyzer;
import dev.veracity.style.StyleAnalyzer;
import dev.veracity.style.StyleCue;
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

/**
 * The common path: check one article and get its report.
 *
 * <p>Delegates to public building blocks (an {@link ArticleSegmenter}, a {@link StyleAnalyzer}),
 * each usable alone. Instances are immutable and thread-safe when their parts are.
 */
public final class Veracity {

  private final ArticleSegmenter segmenter;
  private final StyleAnalyzer styleAnalyzer;
  private final List<Component> components;
  private final Clock clock;

  private Veracity(Builder b) {
    this.segmenter = Objects.requireNonNull(b.segmenter, "segmenter");
    this.styleAnalyzer = Objects.requireNonNull(b.styleAnalyzer, "styleAnalyzer");
    this.clock = Objects.requireNonNull(b.clock, "clock");
    List<Component> parts = new ArrayList<>();
    parts.add(new Component("segmenter", segmenter.toString(), VeracityVersion.get()));
    parts.add(new Component("style", styleAnalyzer.toString(), VeracityVersion.get()));
    parts.addAll(b.extraComponents);
    this.components = List.copyOf(parts);
  }

  /**
   * The standard pipeline: {@link LineRuleSegmenter} and {@link LexicalStyleAnalyzer} with the
   * committed reliable-news reference ranges, whose snapshot every report cites.
   */
  public static Veracity defaults() {
    LexicalStyleAnalyzer style = LexicalStyleAnalyzer.withDefaultReference();
    return builder()
        .segmenter(new LineRuleSegmenter())
        .styleAnalyzer(style)
        .component(style.reference().component())
        .build();
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
    timings.put("segmentation", (t1 - t0) / 1e6);
    timings.put("style", (t2 - t1) / 1e6);
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
    return new CheckReport(CheckReport.SCHEMA, input, segmentation.segments(), style, provenance);
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

    /** The clock that stamps reports (tests fix it). */
    public Builder clock(Clock value) {
      this.clock = value;
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
