package dev.veracity.report;

import dev.veracity.article.Segment;
import dev.veracity.claim.ArticleClaims;
import dev.veracity.comment.CommentReport;
import dev.veracity.factcheck.FactCheckReport;
import dev.veracity.signal.SourceSignal;
import dev.veracity.style.StyleCue;
import dev.veracity.verdict.Verdict;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of checking one article.
 *
 * <p>The JSON form of this record is versioned by {@link #SCHEMA}; see docs/REPORT.md.
 *
 * @param schema the report schema identifier, {@link #SCHEMA}
 * @param input what was checked
 * @param verdict how far to trust the article, and why, when the pipeline has reliability models
 * @param segments the article cut into title, body, quote, comment and boilerplate segments, in
 *     text order; offsets point into the analysed text
 * @param style model-free style cues over the body
 * @param claims the most check-worthy sentences of the article, and apart those of its comments
 * @param site how rating lists rate the publishing site, when the article names its site and a
 *     lookup is configured
 * @param comments the readers' comments judged for spam (comments never feed body signals)
 * @param factChecks known fact-checks found for the headline and the reported check-worthy claims,
 *     or the statement that no fact-check index is loaded
 * @param provenance versions, components and timings
 */
public record CheckReport(
    String schema,
    InputSummary input,
    Optional<Verdict> verdict,
    List<Segment> segments,
    List<StyleCue> style,
    ArticleClaims claims,
    Optional<SourceSignal> site,
    CommentReport comments,
    FactCheckReport factChecks,
    Provenance provenance) {

  /** The current schema identifier. */
  public static final String SCHEMA = "veracity.check/1";

  /** Validates and copies. */
  public CheckReport {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(claims, "claims");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(comments, "comments");
    Objects.requireNonNull(factChecks, "factChecks");
    Objects.requireNonNull(provenance, "provenance");
    segments = List.copyOf(segments);
    style = List.copyOf(style);
  }

  /** A report without a verdict, made without a fact-check index. */
  public CheckReport(
      String schema,
      InputSummary input,
      List<Segment> segments,
      List<StyleCue> style,
      ArticleClaims claims,
      Optional<SourceSignal> site,
      CommentReport comments,
      Provenance provenance) {
    this(
        schema,
        input,
        Optional.empty(),
        segments,
        style,
        claims,
        site,
        comments,
        FactCheckReport.noIndex(),
        provenance);
  }
}
