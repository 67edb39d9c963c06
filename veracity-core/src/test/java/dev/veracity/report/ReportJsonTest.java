package dev.veracity.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.veracity.article.Segment;
import dev.veracity.article.SegmentKind;
import dev.veracity.claim.ArticleClaims;
import dev.veracity.comment.CommentReport;
import dev.veracity.style.Assessment;
import dev.veracity.style.Evidence;
import dev.veracity.style.ReferenceRange;
import dev.veracity.style.StyleCue;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportJsonTest {

  private static CheckReport report() {
    return new CheckReport(
        CheckReport.SCHEMA,
        new InputSummary(
            "a.txt",
            Optional.empty(),
            Optional.of("https://example.com/a"),
            Optional.empty(),
            9,
            "abc"),
        List.of(
            new Segment(SegmentKind.TITLE, "Headline", 0, 8, 0.9, Optional.empty(), 0, "first"),
            new Segment(SegmentKind.QUOTE, "Q", 10, 11, 1.0, Optional.of("Sputnik"), 0, "quote")),
        List.of(
            new StyleCue(
                "caps_share",
                "Share of words in capitals",
                0.25,
                "share of words",
                Optional.of(new ReferenceRange(0.0, 0.01, 0.05, 100)),
                Assessment.ABOVE,
                List.of(new Evidence("WOW", 3, 6)))),
        new ArticleClaims(List.of(), List.of()),
        Optional.empty(),
        CommentReport.none(),
        new Provenance(
            "1.0",
            "17",
            Instant.parse("2026-11-25T12:00:00Z"),
            List.of(new Component("segmenter", "S", "1.0")),
            Map.of("segmentation", 1.5)));
  }

  private static JsonNode json() {
    return ReportJson.parse(ReportJson.compact(ReportJson.toTree(report())));
  }

  @Test
  void startsWithSchemaThenSource() {
    assertThat(ReportJson.compact(ReportJson.toTree(report())))
        .startsWith("{\"schema\":\"veracity.check/1\",\"source\":\"a.txt\",\"input\":");
  }

  @Test
  void segmentsCarryLowerCaseKindTextAndOffsets() {
    JsonNode title = json().get("segments").get(0);

    assertThat(title.get("kind").asText()).isEqualTo("title");
    assertThat(title.get("text").asText()).isEqualTo("Headline");
    assertThat(title.get("start").asInt()).isEqualTo(0);
    assertThat(title.get("end").asInt()).isEqualTo(8);
  }

  @Test
  void emptyOptionalsAreOmittedAndPresentOnesAreValues() {
    JsonNode input = json().get("input");

    assertThat(input.has("title")).isFalse();
    assertThat(input.get("url").asText()).isEqualTo("https://example.com/a");
    assertThat(json().get("segments").get(1).get("attribution").asText()).isEqualTo("Sputnik");
  }

  @Test
  void instantsAreIso8601AndNamesAreSnakeCase() {
    JsonNode provenance = json().get("provenance");

    assertThat(provenance.get("checked_at").asText()).isEqualTo("2026-11-25T12:00:00Z");
    assertThat(provenance.get("veracity_version").asText()).isEqualTo("1.0");
    assertThat(provenance.get("timings_millis").get("segmentation").asDouble()).isEqualTo(1.5);
  }

  @Test
  void styleCuesCarryReferenceAssessmentAndEvidence() {
    JsonNode cue = json().get("style").get(0);

    assertThat(cue.get("assessment").asText()).isEqualTo("above");
    assertThat(cue.get("reference").get("median").asDouble()).isEqualTo(0.01);
    assertThat(cue.get("evidence").get(0).get("text").asText()).isEqualTo("WOW");
  }

  @Test
  void failureNamesSourceCodeAndMessage() {
    assertThat(ReportJson.compact(ReportJson.failure("x.pdf", "binary", "x.pdf: not text")))
        .isEqualTo(
            "{\"schema\":\"veracity.check/1\",\"source\":\"x.pdf\","
                + "\"error\":{\"code\":\"binary\",\"message\":\"x.pdf: not text\"}}");
  }
}
