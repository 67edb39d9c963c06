package dev.veracity.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.veracity.article.Article;
import dev.veracity.article.LineRuleSegmenter;
import dev.veracity.article.SegmentKind;
import dev.veracity.article.Segmentation;
import dev.veracity.classify.ModelKind;
import dev.veracity.classify.PhraseContribution;
import dev.veracity.signal.ListRating;
import dev.veracity.signal.SourceSignal;
import dev.veracity.text.Span;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The verdict on the shared example article (a yournewswire.com piece, largely a Sputnik report):
 * the text alone is uncertain; the site's conspiracy rating moves it toward unreliable, still
 * inside the band.
 */
class ExampleArticleVerdictTest {

  private static String text;
  private static Segmentation segmentation;
  private static ReliabilityVerdicts verdicts;

  @BeforeAll
  static void load() throws Exception {
    String datasets = System.getProperty("veracity.datasets", "../shared/datasets");
    Path example = Path.of(datasets).resolveSibling("examples").resolve("000_d24af7c00431189a.txt");
    Assumptions.assumeTrue(
        Files.isRegularFile(example), "example article not found at " + example + ", skipping");
    text = Files.readString(example, StandardCharsets.UTF_8);
    segmentation = new LineRuleSegmenter().segment(Article.ofText(text));
    verdicts = ReliabilityVerdicts.defaults();
  }

  private static SourceSignal conspiracySite() {
    ListRating r =
        new ListRating(
            "opensources",
            "2017-04-28",
            "yournewswire.com",
            "conspiracy_pseudoscience",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of("clickbait", "junksci"));
    return new SourceSignal(
        "yournewswire.com",
        Optional.of("conspiracy_pseudoscience"),
        Optional.empty(),
        Optional.empty(),
        false,
        List.of(r),
        "rated by 1 list");
  }

  @Test
  void theTextAloneIsUncertain() {
    Verdict v = verdicts.judge(segmentation, Optional.empty(), List.of());

    assertThat(v.label()).isEqualTo(VerdictLabel.UNCERTAIN);
    assertThat(v.probabilityUnreliable()).isEqualTo(0.4009);
    assertThat(v.signals()).extracting(Signal::id).containsExactly("text_model");
  }

  @Test
  void theArticlesModelJudgesItForItsLength() {
    Verdict v = verdicts.judge(segmentation, Optional.empty(), List.of());

    assertThat(v.model().kind()).isEqualTo(ModelKind.ARTICLES);
    assertThat(v.model().reason())
        .isEqualTo("409 word tokens in title, body and quotes (more than 80): a full article");
  }

  @Test
  void theConspiracyRatingMovesItTowardUnreliableButNotPastTheBand() {
    Verdict v = verdicts.judge(segmentation, Optional.of(conspiracySite()), List.of());

    assertThat(v.label()).isEqualTo(VerdictLabel.UNCERTAIN);
    assertThat(v.probabilityUnreliable()).isEqualTo(0.8318);
    assertThat(v.band().unreliableAtOrAbove()).isEqualTo(0.85);
    assertThat(v.signals())
        .extracting(Signal::id, Signal::logOdds, Signal::share)
        .containsExactly(tuple("text_model", -0.4018, 0.1673), tuple("source_rating", 2.0, 0.8327));
  }

  @Test
  void noExplanationPhraseIsMadeOfFunctionWordsOnly() {
    Verdict v = verdicts.judge(segmentation, Optional.empty(), List.of());

    assertThat(v.explanation().phrases())
        .extracting(PhraseContribution::feature)
        .doesNotContain("w:the", "w:to", "w:has", "w:they", "w:it", "w:on")
        .startsWith("w:isis");
  }

  @Test
  void noExplanationPhraseHoldsBarePunctuation() {
    Verdict v = verdicts.judge(segmentation, Optional.empty(), List.of());

    for (PhraseContribution p : v.explanation().phrases()) {
      for (String word : p.feature().substring(2).split(" ")) {
        assertThat(word).as(p.feature()).containsPattern("[\\p{L}\\p{N}]");
      }
    }
  }

  @Test
  void phraseSpansPointAtThePhraseInTheSubmittedText() {
    Verdict v = verdicts.judge(segmentation, Optional.empty(), List.of());

    for (PhraseContribution p : v.explanation().phrases()) {
      for (Span s : p.spans()) {
        String words = text.substring(s.start(), s.end()).toLowerCase(Locale.ROOT);
        // Features lower-case and write digits as 0; tokens are joined by one space.
        assertThat(p.feature().substring(2).replaceAll("[0\\s]", ""))
            .isEqualTo(words.replaceAll("[0-9\\s]", ""));
      }
    }
  }

  @Test
  void explainingSentencesAreTheSubmittedTextAtTheirOffsets() {
    Verdict v = verdicts.judge(segmentation, Optional.empty(), List.of());

    assertThat(v.explanation().towardUnreliable()).isNotEmpty();
    assertThat(v.explanation().towardReliable()).isNotEmpty();
    for (SentenceEvidence s : v.explanation().towardUnreliable()) {
      assertThat(s.text()).isEqualTo(text.substring(s.start(), s.end()));
      assertThat(s.weight()).isPositive();
    }
  }

  @Test
  void commentsAreBlankedOutOfTheScoredText() {
    String scored = ReliabilityVerdicts.scoredText(segmentation);

    assertThat(scored).hasSameSizeAs(text);
    assertThat(scored).doesNotContain("Rolling on floor laughing");
    assertThat(segmentation.of(SegmentKind.COMMENT)).isNotEmpty();
  }
}
