package dev.veracity.style;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.veracity.article.SegmentKind;
import dev.veracity.article.Segmentation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LexicalStyleAnalyzerTest {

  private static final LexicalStyleAnalyzer ANALYZER = LexicalStyleAnalyzer.withoutReference();

  // 13 words: Officials confirmed the plan on Monday It is SHOCKING news Nobody expected it
  private static final String BODY =
      "Officials confirmed the plan on Monday. It is SHOCKING news! Nobody expected it.";

  private static StyleCue cue(Segmentation s, String id) {
    return ANALYZER.analyze(s).stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  private static Evidence at(Segmentation s, String part) {
    int start = s.text().indexOf(part);
    return new Evidence(part, start, start + part.length());
  }

  @Test
  void oneShoutedWordAmongThirteenGivesCapsShareOneThirteenth() {
    Segmentation s = Texts.of().title("Plan confirmed").body(BODY).build();

    StyleCue caps = cue(s, "caps_share");

    assertThat(caps.value()).isEqualTo(1.0 / 13);
    assertThat(caps.unit()).isEqualTo("share of words");
    assertThat(caps.evidence()).containsExactly(at(s, "SHOCKING"));
  }

  @Test
  void bodyWordsCountsWordsAndNumbersButNotPunctuation() {
    Segmentation s = Texts.of().body(BODY).build();

    assertThat(cue(s, "body_words").value()).isEqualTo(13.0);
  }

  @Test
  void exclamationDensityIsPerThousandWordsWithTheSentenceAsEvidence() {
    Segmentation s = Texts.of().body(BODY).build();

    StyleCue exclamation = cue(s, "exclamation_density");

    assertThat(exclamation.value()).isEqualTo(1000.0 / 13);
    assertThat(exclamation.evidence()).containsExactly(at(s, "It is SHOCKING news!"));
  }

  @Test
  void aRunOfMarksCountsEveryMarkAndCitesTheSentenceOnce() {
    Segmentation s = Texts.of().body("Really?! Yes. Why??").build();

    StyleCue question = cue(s, "question_density");
    StyleCue exclamation = cue(s, "exclamation_density");

    assertThat(question.value()).isEqualTo(3 * 1000.0 / 3);
    assertThat(question.evidence()).containsExactly(at(s, "Really?!"), at(s, "Why??"));
    assertThat(exclamation.evidence()).containsExactly(at(s, "Really?!"));
  }

  @Test
  void commonAcronymsAndCodesAreNotShouting() {
    Segmentation s =
        Texts.of()
            .body("The US, U.S. and NATO asked the FBI about COVID-19 and flight MH17.")
            .build();

    assertThat(cue(s, "caps_share").value()).isZero();
  }

  @Test
  void commentsQuotesAndBoilerplateNeverChangeACue() {
    Segmentation plain = Texts.of().title("Plan confirmed").body(BODY).build();
    Segmentation noisy =
        Texts.of()
            .add(SegmentKind.BOILERPLATE, "SHARE THIS NOW!!! Subscribe to our newsletter")
            .title("Plan confirmed")
            .body(BODY)
            .add(SegmentKind.QUOTE, "You won't believe this SHOCKING hoax, they said!")
            .add(SegmentKind.COMMENT, "WAKE UP people!!! The mainstream media lies to you?")
            .build();

    List<StyleCue> expected = ANALYZER.analyze(plain);
    List<StyleCue> actual = ANALYZER.analyze(noisy);

    assertThat(actual)
        .extracting(StyleCue::id)
        .isEqualTo(expected.stream().map(StyleCue::id).toList());
    assertThat(actual)
        .extracting(StyleCue::value)
        .isEqualTo(expected.stream().map(StyleCue::value).toList());
    assertThat(actual)
        .extracting(c -> c.evidence().stream().map(Evidence::text).toList())
        .isEqualTo(
            expected.stream()
                .map(c -> c.evidence().stream().map(Evidence::text).toList())
                .toList());
  }

  @Test
  void sensationalPhrasesMatchWholeWordsCaseInsensitivelyWithEitherApostrophe() {
    Segmentation s =
        Texts.of()
            .body(
                "What They Don\u2019t Want You To Know: the hoaxer made no hoax. It was a BOMBSHELL.")
            .build();

    int hoax = s.text().indexOf(" hoax.") + 1;

    StyleCue sensational = cue(s, "sensational_terms");

    assertThat(sensational.evidence())
        .containsExactly(
            at(s, "What They Don\u2019t Want You To Know"),
            new Evidence("hoax", hoax, hoax + 4),
            at(s, "BOMBSHELL"));
    assertThat(sensational.value()).isEqualTo(3 * 1000.0 / 16);
  }

  @Test
  void readerAddressCountsPronounsButNotTheCountryInCapitals() {
    Segmentation s = Texts.of().body("We told you: the US will not help us.").build();

    StyleCue address = cue(s, "reader_address");

    assertThat(address.evidence()).containsExactly(at(s, "We"), at(s, "you"), at(s, "us"));
    assertThat(address.value()).isEqualTo(3 * 1000.0 / 9);
  }

  @Test
  void readerAddressSkipsPronounsShoutedWithATypographicApostrophe() {
    // The apostrophe is not ASCII, so the capitals test takes the string path.
    Segmentation s = Texts.of().body("YOU\u2019RE wrong, you\u2019re told. I AM HERE.").build();

    StyleCue address = cue(s, "reader_address");

    assertThat(address.evidence()).containsExactly(at(s, "you\u2019re"), at(s, "I"));
    assertThat(address.value()).isEqualTo(2 * 1000.0 / 7);
  }

  @Test
  void hedgingFindsMultiWordHedges() {
    Segmentation s = Texts.of().body("He allegedly lied, and some say it could be worse.").build();

    StyleCue hedging = cue(s, "hedging");

    assertThat(hedging.evidence())
        .containsExactly(at(s, "allegedly"), at(s, "some say"), at(s, "could be"));
  }

  @Test
  void attributionCountsReportingPhrasesAndLinksWithoutTrailingPunctuation() {
    Segmentation s =
        Texts.of()
            .body(
                "According to the report, the mayor said no. Read it at https://example.org/a?b=1.")
            .build();

    StyleCue attribution = cue(s, "attribution");

    assertThat(attribution.evidence())
        .containsExactly(at(s, "According to"), at(s, "said"), at(s, "https://example.org/a?b=1"));
    // The link is not counted as words: According to the report the mayor said no Read it at
    assertThat(cue(s, "body_words").value()).isEqualTo(11.0);
  }

  @Test
  void verifiableDetailJoinsCurrencyUnitsAndDates() {
    Segmentation s =
        Texts.of()
            .body("On Sept. 19, 2016 the city spent $5 million, 45% of its budget, on Monday.")
            .build();

    StyleCue detail = cue(s, "verifiable_detail");

    assertThat(detail.evidence())
        .containsExactly(
            at(s, "Sept. 19"), at(s, "2016"), at(s, "$5 million"), at(s, "45%"), at(s, "Monday"));
  }

  @Test
  void headlineBodyOverlapIsTheShareOfHeadlineContentWordsInTheBody() {
    Segmentation s =
        Texts.of()
            .title("Senate passes the budget bill")
            .body("The senate voted on the budget late on Tuesday.")
            .build();

    StyleCue overlap = cue(s, "headline_body_overlap");

    assertThat(overlap.value()).isEqualTo(0.5);
    assertThat(overlap.evidence()).containsExactly(at(s, "passes"), at(s, "bill"));
  }

  @Test
  void withoutATitleTheHeadlineCuesAreLeftOut() {
    Segmentation s = Texts.of().body(BODY).build();

    assertThat(ANALYZER.analyze(s))
        .extracting(StyleCue::id)
        .containsExactly(
            "body_words",
            "caps_share",
            "exclamation_density",
            "question_density",
            "sensational_terms",
            "reader_address",
            "hedging",
            "attribution",
            "verifiable_detail");
  }

  @Test
  void clickbaitHeadlineCountsTeaserPhrasesAndMarks() {
    Segmentation s =
        Texts.of().title("You Won\u2019t Believe What Happens Next!").body(BODY).build();

    StyleCue clickbait = cue(s, "clickbait_headline");

    assertThat(clickbait.value()).isEqualTo(3.0);
    assertThat(clickbait.unit()).isEqualTo("patterns");
    assertThat(clickbait.evidence())
        .containsExactly(at(s, "You Won\u2019t Believe"), at(s, "What Happens Next"), at(s, "!"));
  }

  @Test
  void clickbaitHeadlineCountsALeadingNumberAQuestionAndShoutedWords() {
    Segmentation s = Texts.of().title("10 Things Doctors HATE: Is NATO Next?").body(BODY).build();

    StyleCue clickbait = cue(s, "clickbait_headline");

    assertThat(clickbait.evidence()).containsExactly(at(s, "10 Things"), at(s, "HATE"), at(s, "?"));
    assertThat(clickbait.value()).isEqualTo(3.0);
  }

  @Test
  void aPlainHeadlineHasNoClickbaitPatterns() {
    Segmentation s = Texts.of().title("Senate passes budget bill").body(BODY).build();

    assertThat(cue(s, "clickbait_headline").value()).isZero();
  }

  @Test
  void evidenceIsCappedAtTenSpansWhileTheValueCountsAll() {
    Segmentation s = Texts.of().body("AA BB CC DD EE FF GG HH JJ KK LL MM").build();

    StyleCue caps = cue(s, "caps_share");

    assertThat(caps.value()).isEqualTo(1.0);
    assertThat(caps.evidence()).hasSize(10).first().isEqualTo(at(s, "AA"));
  }

  @Test
  void anEmptyBodyGivesZeroRates() {
    Segmentation s = Texts.of().title("Nothing here").build();

    assertThat(ANALYZER.analyze(s))
        .filteredOn(c -> !c.id().startsWith("headline") && !c.id().startsWith("clickbait"))
        .extracting(StyleCue::value)
        .containsOnly(0.0);
  }

  @Test
  void cuesAreAssessedAboveWithinOrBelowTheReferenceRange() {
    StyleReference reference =
        new StyleReference(
            Map.of(
                "caps_share", new ReferenceRange(0.0, 0.0, 0.01, 100),
                "body_words", new ReferenceRange(5, 10, 20, 100),
                "attribution", new ReferenceRange(100, 150, 200, 100)),
            Optional.empty(),
            "test");
    LexicalStyleAnalyzer analyzer = new LexicalStyleAnalyzer(reference);
    Segmentation s = Texts.of().body(BODY).build();

    List<StyleCue> cues = analyzer.analyze(s);

    assertThat(cues)
        .filteredOn(
            c -> List.of("caps_share", "body_words", "attribution", "hedging").contains(c.id()))
        .extracting(StyleCue::id, StyleCue::assessment)
        .containsExactly(
            tuple("body_words", Assessment.WITHIN),
            tuple("caps_share", Assessment.ABOVE),
            tuple("hedging", Assessment.UNKNOWN),
            tuple("attribution", Assessment.BELOW));
    assertThat(cues.get(1).reference()).contains(new ReferenceRange(0.0, 0.0, 0.01, 100));
  }

  @Test
  void theDefaultReferenceCoversEveryCueAndNamesItsSnapshot() {
    LexicalStyleAnalyzer analyzer = LexicalStyleAnalyzer.withDefaultReference();

    assertThat(analyzer.reference().ranges().keySet())
        .containsExactlyElementsOf(LexicalStyleAnalyzer.CUE_IDS);
    assertThat(analyzer.reference().sha256()).hasValueSatisfying(h -> assertThat(h).hasSize(64));
    assertThat(analyzer.reference().description()).contains("reliable articles");
    assertThat(analyzer.toString()).startsWith("LexicalStyleAnalyzer(StyleReference(sha256:");
  }

  @Test
  void everyWordListNamesItsOriginInAHeaderAndHasADigest() {
    assertThat(ANALYZER.lexiconDigests())
        .containsOnlyKeys(
            "acronyms.txt",
            "stopwords.txt",
            "reader-address.txt",
            "sensational.txt",
            "hedging.txt",
            "attribution.txt",
            "clickbait.txt");
    for (String resource : ANALYZER.lexiconDigests().keySet()) {
      assertThat(LexicalStyleAnalyzer.class.getResource(resource))
          .satisfies(
              url ->
                  assertThat(new String(url.openStream().readAllBytes(), StandardCharsets.UTF_8))
                      .contains("# Source:"));
    }
  }

  @Test
  void randomUnicodeGivesDeterministicCuesWithEvidenceInsideTheText() {
    java.util.Random random = new java.util.Random(42);
    for (int round = 0; round < 200; round++) {
      StringBuilder title = new StringBuilder();
      StringBuilder body = new StringBuilder();
      for (int k = random.nextInt(40); k > 0; k--) {
        title.appendCodePoint(randomCodePoint(random));
      }
      for (int k = random.nextInt(400); k > 0; k--) {
        body.appendCodePoint(randomCodePoint(random));
      }
      Segmentation s = Texts.of().title(title.toString()).body(body.toString()).build();

      List<StyleCue> first = ANALYZER.analyze(s);

      assertThat(ANALYZER.analyze(s)).isEqualTo(first);
      for (StyleCue cue : first) {
        for (Evidence e : cue.evidence()) {
          assertThat(s.text().substring(e.start(), e.end())).isEqualTo(e.text());
        }
      }
    }
  }

  /** Mostly ASCII letters, digits, punctuation and spaces, sometimes any code point. */
  private static int randomCodePoint(java.util.Random random) {
    String common = "aAbZ09 .!?$%'\u2019-:/\nhtpsw";
    return random.nextInt(10) < 8
        ? common.charAt(random.nextInt(common.length()))
        : random.nextInt(Character.MAX_CODE_POINT + 1);
  }
}
