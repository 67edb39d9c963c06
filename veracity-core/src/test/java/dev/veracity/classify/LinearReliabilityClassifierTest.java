package dev.veracity.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.veracity.model.InvalidModelException;
import dev.veracity.text.Span;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LinearReliabilityClassifierTest {

  private static LinearReliabilityClassifier statements;
  private static LinearReliabilityClassifier articles;

  private static final String POST =
      "Health officials reported 1,121 new cases and 14 deaths on Tuesday, according to the"
          + " state department of health. Testing sites remain open. A miracle cure that"
          + " doctors do not want you to know about kills the virus!";

  @BeforeAll
  static void load() throws InvalidModelException {
    statements = LinearReliabilityClassifier.withDefaultModel(ModelKind.STATEMENTS);
    articles = LinearReliabilityClassifier.withDefaultModel(ModelKind.ARTICLES);
  }

  @Test
  void theSameTextGetsTheSameAssessment() {
    assertThat(statements.assess(POST)).isEqualTo(statements.assess(POST));
  }

  @Test
  void anEmptyTextIsATooShortUncertainVerdict() {
    ReliabilityAssessment a = statements.assess("");

    assertThat(a.verdict()).isEqualTo(Verdict.UNCERTAIN);
    assertThat(a.outOfDomain()).contains(OutOfDomain.TOO_SHORT);
    assertThat(a.probabilityUnreliable()).isBetween(0.0, 1.0);
  }

  @Test
  void aThreeWordInputIsOutOfDomainAndUncertain() {
    ReliabilityAssessment a = statements.assess("Vaccines cause autism");

    assertThat(a.tokens()).isEqualTo(3);
    assertThat(a.outOfDomain()).contains(OutOfDomain.TOO_SHORT);
    assertThat(a.verdict()).isEqualTo(Verdict.UNCERTAIN);
  }

  @Test
  void aHugeTextIsScoredOnItsCappedPrefix() {
    String huge = (POST + "\n\n").repeat(2_000);

    ReliabilityAssessment a = articles.assess(huge);

    assertThat(huge.length()).isGreaterThan(LinearReliabilityClassifier.MAX_CHARS);
    assertThat(a.probabilityUnreliable()).isBetween(0.0, 1.0);
    assertThat(a.phrases())
        .allSatisfy(
            p ->
                assertThat(p.spans().get(0).end())
                    .isLessThanOrEqualTo(LinearReliabilityClassifier.MAX_CHARS));
  }

  @Test
  void randomUnicodeIsOutOfDomainWithAProbabilityInRange() {
    Random random = new Random(7);
    StringBuilder b = new StringBuilder();
    while (b.length() < 2_000) {
      int cp = random.nextInt(0x2FFFF);
      if (Character.isDefined(cp) && !Character.isSurrogate((char) cp)) {
        b.appendCodePoint(cp);
      }
    }

    ReliabilityAssessment a = articles.assess(b.toString());

    assertThat(a.probabilityUnreliable()).isBetween(0.0, 1.0);
    assertThat(a.outOfDomain()).contains(OutOfDomain.LOW_VOCABULARY_COVERAGE);
    assertThat(a.verdict()).isEqualTo(Verdict.UNCERTAIN);
  }

  @Test
  void theVerdictFollowsTheUncertainBandForInDomainTexts() throws InvalidModelException {
    // COVID-19 posts: in domain for the posts model (the statements model's gate flags them).
    LinearReliabilityClassifier posts =
        LinearReliabilityClassifier.withDefaultModel(ModelKind.POSTS);
    ReliabilityModel m = posts.model();
    for (String text :
        new String[] {
          POST,
          "The CDC says masks reduce transmission of the coronavirus in indoor settings.",
          "BREAKING: Bill Gates admits the vaccine contains a microchip to track everyone!!!"
        }) {
      ReliabilityAssessment a = posts.assess(text);
      assertThat(a.outOfDomain()).as(text).isEmpty();
      Verdict expected =
          a.probabilityUnreliable() >= m.unreliableAtOrAbove()
              ? Verdict.UNRELIABLE
              : a.probabilityUnreliable() <= m.reliableAtOrBelow()
                  ? Verdict.RELIABLE
                  : Verdict.UNCERTAIN;
      assertThat(a.verdict()).as(text).isEqualTo(expected);
    }
  }

  @Test
  void phraseSpansPointAtThePhraseInTheOriginalText() {
    ReliabilityAssessment a = statements.assess(POST);

    assertThat(a.phrases()).isNotEmpty();
    for (PhraseContribution p : a.phrases()) {
      for (Span s : p.spans()) {
        String surface = s.of(POST).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        assertThat(surface.replaceAll("[0-9]", "0"))
            .isEqualTo(p.feature().substring(2).replace(" ", ""));
      }
    }
  }

  @Test
  void sentencesPushingEachWayAreSignedAndInsideTheText() {
    ReliabilityAssessment a = statements.assess(POST);

    assertThat(a.towardUnreliable()).allSatisfy(s -> assertThat(s.weight()).isPositive());
    assertThat(a.towardReliable()).allSatisfy(s -> assertThat(s.weight()).isNegative());
    assertThat(a.towardUnreliable().size() + a.towardReliable().size()).isPositive();
    assertThat(a.towardReliable())
        .allSatisfy(s -> assertThat(s.span().end()).isLessThanOrEqualTo(POST.length()));
  }

  @Test
  void theModelSurvivesAJsonRoundTrip() throws InvalidModelException {
    ReliabilityModel m = statements.model();

    ReliabilityModel back =
        ReliabilityModelJson.read(
            new ByteArrayInputStream(
                ReliabilityModelJson.toJson(m).getBytes(StandardCharsets.UTF_8)));

    assertThat(back).isEqualTo(m);
  }

  @Test
  void theDefaultModelsRecordTheirProvenance() {
    for (ReliabilityModel m : new ReliabilityModel[] {statements.model(), articles.model()}) {
      assertThat(m.provenance())
          .containsKeys(
              "created",
              "trainer",
              "data",
              "training_rows",
              "hyperparameters",
              "seed",
              "versions",
              "metrics");
      assertThat(m.format()).isEqualTo(ReliabilityModel.FORMAT);
    }
    assertThat(statements.model().kind()).isEqualTo(ModelKind.STATEMENTS);
    assertThat(articles.model().kind()).isEqualTo(ModelKind.ARTICLES);
  }

  @Test
  void aModelWithForeignDenseFeaturesIsRejected() {
    String json =
        ReliabilityModelJson.toJson(statements.model())
            .replace("\"style:hedging\"", "\"style:unknown\"");

    assertThatThrownBy(
            () ->
                new LinearReliabilityClassifier(
                    ReliabilityModelJson.read(
                        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("style:unknown");
  }

  @Test
  void aPostIsShortAndFourPostsInARowAreNot() {
    assertThat(ModelKind.isShort(POST)).isTrue();
    assertThat(ModelKind.isShort(POST.repeat(4))).isFalse();
  }
}
