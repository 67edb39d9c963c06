package dev.veracity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veracity.article.Segment;
import dev.veracity.article.SegmentKind;
import dev.veracity.claim.ArticleClaims;
import dev.veracity.claim.Claim;
import dev.veracity.claim.Cue;
import dev.veracity.classify.ModelKind;
import dev.veracity.classify.PhraseContribution;
import dev.veracity.comment.CommentReport;
import dev.veracity.factcheck.ClaimFactChecks;
import dev.veracity.factcheck.FactCheckReport;
import dev.veracity.model.Contribution;
import dev.veracity.report.CheckReport;
import dev.veracity.report.InputSummary;
import dev.veracity.report.Provenance;
import dev.veracity.style.Assessment;
import dev.veracity.style.Evidence;
import dev.veracity.style.ReferenceRange;
import dev.veracity.style.StyleCue;
import dev.veracity.text.Span;
import dev.veracity.verdict.DomainGateCheck;
import dev.veracity.verdict.ModelChoice;
import dev.veracity.verdict.SentenceEvidence;
import dev.veracity.verdict.Signal;
import dev.veracity.verdict.TextExplanation;
import dev.veracity.verdict.UncertainBand;
import dev.veracity.verdict.Verdict;
import dev.veracity.verdict.VerdictLabel;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TerminalReportRendererTest {

  private final TerminalReportRenderer renderer = new TerminalReportRenderer();

  private static Segment segment(SegmentKind kind, String text, int start) {
    return new Segment(kind, text, start, start + text.length(), 1.0, Optional.empty(), 0, "r");
  }

  private static CheckReport report(String source, List<Segment> segments, List<StyleCue> style) {
    return new CheckReport(
        CheckReport.SCHEMA,
        new InputSummary(source, Optional.empty(), Optional.empty(), Optional.empty(), 100, "0"),
        segments,
        style,
        new ArticleClaims(List.of(), List.of()),
        Optional.empty(),
        CommentReport.none(),
        new Provenance("1", "17", Instant.EPOCH, List.of(), Map.of()));
  }

  private static StyleCue capsCue(int evidence) {
    List<Evidence> spans =
        java.util.stream.IntStream.range(0, evidence)
            .mapToObj(i -> new Evidence("WOW", i * 4, i * 4 + 3))
            .toList();
    return new StyleCue(
        "caps_share",
        "Share of words in capitals",
        0.125,
        "share of words",
        Optional.of(new ReferenceRange(0.0, 0.02, 0.05, 120)),
        Assessment.ABOVE,
        spans);
  }

  @Test
  void rendersNameCountsTitleBodyAndCues() {
    CheckReport report =
        report(
            "a.txt",
            List.of(
                segment(SegmentKind.TITLE, "Big News", 0),
                segment(SegmentKind.BODY, "First line.\nSecond line.", 10),
                segment(SegmentKind.COMMENT, "Nice", 40)),
            List.of(capsCue(2)));

    assertThat(renderer.render(report))
        .isEqualTo(
            "== a.txt\n"
                + "Segments: 1 title, 1 body, 0 quote, 1 comment, 0 boilerplate\n"
                + "Title:    Big News\n"
                + "Body:\n"
                + "  First line.\n"
                + "  Second line.\n"
                + "Style cues:\n"
                + "  caps_share = 0.125 share of words (reliable news: 0..0.05, median 0.02,"
                + " 120 documents): above\n"
                + "    evidence: \"WOW\", \"WOW\"\n"
                + "Check-worthy claims (score: probability that a sentence is a check-worthy"
                + " claim):\n"
                + "  (no sentence scored)\n"
                + "Known fact-checks:\n"
                + "  (no fact-check index loaded; build one with: veracity factchecks build-default)\n");
  }

  @Test
  void claimShowsScoreThresholdMarkKindSentenceAndCuesGroupedByKindMostInfluentialFirst() {
    Claim claim =
        new Claim(
            "It was created in 2014 with 45 members.",
            0,
            39,
            0.61,
            true,
            SegmentKind.QUOTE,
            List.of(
                new Cue("past_tense", "reports a past event: was", Optional.empty()),
                new Cue("past_tense", "reports a past event: created", Optional.empty()),
                new Cue("number", "contains a number: 45", Optional.empty())),
            List.of(new Contribution("cue:number", 1.2), new Contribution("cue:past_tense", 0.7)));

    assertThat(TerminalReportRenderer.claimLines(claim))
        .isEqualTo(
            "  0.61 *quote   It was created in 2014 with 45 members.\n"
                + "       cues: contains a number: 45; reports a past event: was, created\n");
  }

  @Test
  void showsAtMostThreeBodyLines() {
    CheckReport report =
        report(
            "a.txt",
            List.of(segment(SegmentKind.BODY, "1\n2\n\n3", 0), segment(SegmentKind.BODY, "4", 9)),
            List.of());

    assertThat(renderer.render(report)).contains("Body:\n  1\n  2\n  3\nStyle cues:\n");
  }

  @Test
  void saysWhenNothingWasFound() {
    assertThat(renderer.render(report("-", List.of(), List.of())))
        .contains("Title:    (none found)\nBody:\n  (no body text found)\n")
        .contains("Style cues:\n  (none measured)\n")
        .contains("  (no sentence scored)\n")
        .endsWith(
            "Known fact-checks:\n  (no fact-check index loaded; build one with: veracity"
                + " factchecks build-default)\n");
  }

  @Test
  void limitsEvidenceToThreeAndCountsTheRest() {
    assertThat(renderer.render(report("a", List.of(), List.of(capsCue(5)))))
        .contains("    evidence: \"WOW\", \"WOW\", \"WOW\" (+2 more)\n");
  }

  @Test
  void replacesTerminalEscapesInArticleText() {
    CheckReport report =
        report("a", List.of(segment(SegmentKind.TITLE, "Hi\u001B[2Jthere\u202E", 0)), List.of());

    assertThat(renderer.render(report)).contains("Title:    Hi\uFFFD[2Jthere\uFFFD\n");
  }

  @Test
  void formatsWholeNumbersPlainAndOthersShort() {
    assertThat(TerminalReportRenderer.number(412)).isEqualTo("412");
    assertThat(TerminalReportRenderer.number(3.14159)).isEqualTo("3.14");
    assertThat(TerminalReportRenderer.number(0.0004567)).isEqualTo("0.000457");
  }

  @Test
  void clipsLongLines() {
    String longTitle = "x".repeat(150);
    CheckReport report = report("a", List.of(segment(SegmentKind.TITLE, longTitle, 0)), List.of());

    assertThat(renderer.render(report)).contains("Title:    " + "x".repeat(99) + "\u2026\n");
  }

  @Test
  void statementWithoutMatchSaysNoKnownFactCheckAndThatThisIsNotSupport() {
    FactCheckReport section =
        FactCheckReport.loaded(
            "test index",
            List.of(
                new ClaimFactChecks(
                    ClaimFactChecks.Role.CLAIM, "The sky is green.", 0, 17, List.of())));
    assertThat(TerminalReportRenderer.factChecks(section))
        .isEqualTo(
            "Known fact-checks:\n"
                + "  claim: The sky is green.\n"
                + "    no known fact-check (this is not support for the claim)\n");
  }

  @Test
  void verdictShowsLabelBandModelSignalsPhrasesSentencesAndStyle() {
    Verdict v =
        new Verdict(
            VerdictLabel.UNCERTAIN,
            0.8318,
            new UncertainBand(0.3692, 0.85, 0.85),
            new ModelChoice(
                ModelKind.ARTICLES,
                "409 word tokens",
                "m",
                409,
                Optional.of(new DomainGateCheck(0.9132, 0.1207))),
            List.of(
                Signal.of("text_model", "the articles model gives probability 0.40", -0.4, "r")
                    .withShare(0.1667),
                Signal.of("source_rating", "x.com is rated conspiracy_pseudoscience", 2.0, "r")
                    .withShare(0.8333)),
            List.of(),
            new TextExplanation(
                List.of(new PhraseContribution("w:isis", 0.3991, List.of(new Span(0, 4)))),
                List.of(new SentenceEvidence("ISIS is near.", 0, 13, 0.93)),
                List.of(new SentenceEvidence("Sputnik news reports:", 14, 35, -0.22)),
                List.of(new Contribution("style:hedging", 0.1472)),
                3.868,
                1.163),
            "s");

    assertThat(TerminalReportRenderer.verdict(v))
        .isEqualTo(
            "Verdict:  UNCERTAIN, probability 0.83 of unreliable (confident only at or below 0.37"
                + " or at or above 0.85)\n"
                + "  model: articles, 409 word tokens\n"
                + "  domain gate: in-domain probability 0.9132 (out of domain below 0.1207)\n"
                + "  signals (log-odds toward unreliable, share of the verdict):\n"
                + "    text_model    -0.40     17%  the articles model gives probability 0.40\n"
                + "    source_rating +2.00     83%  x.com is rated conspiracy_pseudoscience\n"
                + "  phrases: \"isis\" +0.40\n"
                + "  toward unreliable +0.93: ISIS is near.\n"
                + "  toward reliable -0.22: Sputnik news reports:\n"
                + "  style and form: hedging +0.15, function words +3.87\n");
  }
}
