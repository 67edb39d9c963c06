package dev.veracity.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veracity.feature.FeatureConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckworthinessCuesTest {

  private static final String ALLIANCE =
      "The anti-Daesh military alliance was created in 2014 and consists of 45 member-countries.";

  private final ClaimFeaturizer featurizer = new ClaimFeaturizer(FeatureConfig.defaults());

  private List<String> descriptions(String sentence) {
    return featurizer.featurize(sentence).cues().stream().map(Cue::description).toList();
  }

  @Test
  void aYearIsADateCueWithItsSpan() {
    Cue date =
        featurizer.featurize(ALLIANCE).cues().stream()
            .filter(c -> c.id().equals("date"))
            .findFirst()
            .orElseThrow();
    assertThat(date.description()).isEqualTo("contains a date: 2014");
    assertThat(date.span().orElseThrow().of(ALLIANCE)).isEqualTo("2014");
  }

  @Test
  void aCountIsANumberCueButAYearIsNot() {
    assertThat(descriptions(ALLIANCE))
        .contains("contains a number: 45")
        .doesNotContain("contains a number: 2014");
  }

  @Test
  void pastTenseAndOrganisationCuesAreFound() {
    assertThat(descriptions(ALLIANCE))
        .contains("reports a past event: was", "reports a past event: created");
    assertThat(descriptions("The Department of Commerce cut 300 jobs."))
        .contains("names an organisation: Department of Commerce");
  }

  @Test
  void percentagesMoneyAndComparisonsAreFound() {
    assertThat(
            descriptions("Unemployment rose to 7.5 percent, costing $3 billion more than in 2008."))
        .contains(
            "contains a percentage: 7.5 percent",
            "mentions an amount of money: $3 billion",
            "makes a comparison or states a change: more than",
            "makes a comparison or states a change: rose",
            "contains a date: 2008");
  }

  @Test
  void rolesAndNamesAreFound() {
    assertThat(descriptions("Senator Bernie Sanders met the US envoy in Geneva."))
        .contains(
            "names a role or title: Senator",
            "names a role or title: envoy",
            "names a person, place or group: Senator Bernie Sanders",
            "names a person, place or group: Geneva");
  }

  @Test
  void aSentenceInitialFunctionWordIsNotAName() {
    assertThat(descriptions("The weather is nice")).noneMatch(d -> d.startsWith("names a person"));
  }

  @Test
  void opinionQuestionPredictionAndFeelingCuesAreFound() {
    assertThat(descriptions("I think we should go?"))
        .contains(
            "voices an opinion (counts against): I think",
            "voices an opinion (counts against): should",
            "asks a question (counts against): ?");
    assertThat(descriptions("We are going to win, I love you all, thank you."))
        .contains(
            "predicts or promises (counts against): going to",
            "expresses a feeling or courtesy (counts against): I love",
            "expresses a feeling or courtesy (counts against): thank you");
  }

  @Test
  void attributionIsFound() {
    assertThat(descriptions("According to the report, crime fell, officials said."))
        .contains("attributes a statement: According to", "attributes a statement: said");
  }

  @Test
  void cuesComeInTextOrder() {
    List<Cue> cues = featurizer.featurize(ALLIANCE).cues();
    for (int i = 1; i < cues.size(); i++) {
      assertThat(cues.get(i).span().orElseThrow().start())
          .isGreaterThanOrEqualTo(cues.get(i - 1).span().orElseThrow().start());
    }
  }

  @Test
  void eachCueDetectorIsADenseFeaturePlusLength() {
    assertThat(featurizer.denseNames())
        .startsWith("cue:number", "cue:percent")
        .endsWith("cue:feeling", ClaimFeaturizer.LENGTH_FEATURE)
        .hasSize(CheckworthinessCues.standard().size() + 1);
  }
}
