package dev.veracity.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veracity.claim.LinearClaimDetector;
import dev.veracity.model.LinearTextModel;
import dev.veracity.train.data.LabeledSentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckworthyTrainerTest {

  private static final String[] CLAIMS = {
    "Unemployment fell to 4 percent in 2019.",
    "The state spent $2 billion on roads last year.",
    "Crime rose 12 percent after the law passed.",
    "We created 300,000 jobs in March.",
  };

  private static final String[] OTHERS = {
    "Thank you all for coming tonight.",
    "I think we should do better.",
    "What will you do about it?",
    "It is a great honour to be here.",
  };

  /** Two sources of four groups each; the second source has one claim per group. */
  private static List<LabeledSentence> data() {
    List<LabeledSentence> d = new ArrayList<>();
    for (int g = 0; g < 4; g++) {
      for (String s : CLAIMS) {
        d.add(new LabeledSentence(s + " (" + g + ")", 1, "a", "a" + g));
      }
      for (String s : OTHERS) {
        d.add(new LabeledSentence(s + " (" + g + ")", 0, "a", "a" + g));
      }
      d.add(new LabeledSentence(CLAIMS[g] + " [b" + g + "]", 1, "b", "b" + g));
      for (String s : OTHERS) {
        d.add(new LabeledSentence(s + " [b" + g + "]", 0, "b", "b" + g));
        d.add(new LabeledSentence(s + " again [b" + g + "]", 0, "b", "b" + g));
      }
    }
    return d;
  }

  private static TrainerConfig config(long seed) {
    return TrainerConfig.defaults(seed).withSolver("L2R_LR", List.of(1.0, 4.0));
  }

  private static String withoutCreated(LinearTextModel m) {
    return LinearClaimDetector.MODEL_FORMAT.toJson(m).replaceAll("\"created\" : \"[^\"]*\"", "");
  }

  @Test
  void theClassWeightingIsChosenWithCAndRecorded() {
    List<ClassWeighting> candidates =
        ClassWeighting.parseList("pooled;per-source;per-source:b=0.25");
    CheckworthyTrainer trainer = new CheckworthyTrainer(config(7)).withWeightings(candidates);

    CheckworthyTrainer.Result r = trainer.train(data(), Map.of());

    assertThat(candidates).contains(r.weighting());
    @SuppressWarnings("unchecked")
    Map<String, Object> h = (Map<String, Object>) r.model().provenance().get("hyperparameters");
    assertThat(h.get("class_weight")).isEqualTo(r.weighting().label());
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Double>> scores =
        (Map<String, Map<String, Double>>) h.get("class_weight_selection_scores");
    assertThat(scores).containsOnlyKeys("pooled", "per-source", "per-source:b=0.25");
    assertThat(scores.values()).allSatisfy(byC -> assertThat(byC).containsOnlyKeys("1.0", "4.0"));
    // The chosen weighting's best C scores at least as well as every other candidate's.
    double chosen = scores.get(r.weighting().label()).get(String.valueOf(r.chosenC()));
    assertThat(scores.values())
        .allSatisfy(
            byC ->
                assertThat(byC.values())
                    .allSatisfy(v -> assertThat(v).isLessThanOrEqualTo(chosen)));
  }

  @Test
  void perSourceWeightsChangeTheModelAndNameTheirSolver() throws Exception {
    CheckworthyTrainer pooled = new CheckworthyTrainer(config(7));
    CheckworthyTrainer perSource =
        pooled.withWeightings(List.of(ClassWeighting.parse("per-source:b=0.25")));

    LinearTextModel a = pooled.train(data(), Map.of()).model();
    LinearTextModel b = perSource.train(data(), Map.of()).model();

    assertThat(a.weights()).isNotEqualTo(b.weights());
    assertThat(a.provenance().get("hyperparameters").toString())
        .doesNotContain("class_weight_selection_scores")
        .contains("class_weight=balanced");
    assertThat(b.provenance().get("hyperparameters").toString())
        .contains("with row weights")
        .contains("class_weight=per-source:b=0.25");
    // Still a check-worthiness model: claims above small talk.
    LinearClaimDetector detector = new LinearClaimDetector(b);
    assertThat(detector.score("Unemployment fell to 4 percent in 2019. (1)").probability())
        .isGreaterThan(detector.score("Thank you all for coming tonight. (1)").probability());
  }

  @Test
  void theSameSeedGivesTheSameModel() {
    CheckworthyTrainer trainer = new CheckworthyTrainer(config(7));
    assertThat(withoutCreated(trainer.train(data(), Map.of()).model()))
        .isEqualTo(withoutCreated(trainer.train(data(), Map.of()).model()));
  }

  @Test
  void aTrainedModelFlagsClaimsAndNotSmallTalk() throws Exception {
    LinearClaimDetector d =
        new LinearClaimDetector(new CheckworthyTrainer(config(7)).train(data(), Map.of()).model());
    assertThat(d.score("Unemployment fell to 4 percent in 2019. (1)").checkWorthy()).isTrue();
    assertThat(d.score("Thank you all for coming tonight. (1)").checkWorthy()).isFalse();
  }

  @Test
  void calibrationOnOneSourceIsRecordedAndChangesTheSigmoid() {
    LinearTextModel all = new CheckworthyTrainer(config(7)).train(data(), Map.of()).model();
    LinearTextModel onA =
        new CheckworthyTrainer(config(7).withCalibrationSources(List.of("a")))
            .train(data(), Map.of())
            .model();
    assertThat(onA.calibration()).isNotEqualTo(all.calibration());
    assertThat(((Map<?, ?>) onA.provenance().get("hyperparameters")).get("calibration"))
        .isEqualTo("Platt sigmoid fitted on out-of-fold raw scores of the chosen C of sources [a]");
  }

  @Test
  void theModelRecordsCalibrationPerSource() {
    LinearTextModel m = new CheckworthyTrainer(config(7)).train(data(), Map.of()).model();
    Map<?, ?> metrics = (Map<?, ?>) m.provenance().get("metrics");
    Map<?, ?> bySource = (Map<?, ?>) metrics.get("calibration_by_source");
    assertThat(bySource.keySet().stream().map(String::valueOf).toList()).containsExactly("a", "b");
    assertThat(((Map<?, ?>) bySource.get("b")).get("n")).isEqualTo(36);
    assertThat(((Map<?, ?>) bySource.get("a")).keySet().stream().map(String::valueOf).toList())
        .containsExactly(
            "n",
            "positive_rate",
            "ece",
            "precision_at_0.5",
            "precision_at_0.7",
            "reliability_low_high_count_mean_score_positive_rate");
  }

  @Test
  void stabilityRetrainsOnResamplesAndSummarisesPrecisionPerSource() {
    Map<String, Object> r =
        CheckworthyExperiment.stability(data(), new CheckworthyTrainer(config(7)), 3);
    assertThat(r.get("protocol"))
        .isEqualTo(
            "outer fold 0 held out; 3 retrainings on bootstrap resamples of the other folds,"
                + " seeds 7..9");
    assertThat((List<?>) r.get("models")).hasSize(3);
    Map<?, ?> heldOut = (Map<?, ?>) r.get("held_out");
    for (Object source : heldOut.values()) {
      Map<?, ?> m = (Map<?, ?>) source;
      assertThat((List<?>) m.get("replicates")).hasSize(3);
      assertThat(((Map<?, ?>) m.get("precision_at_0.7")).keySet().stream().map(String::valueOf))
          .containsExactly("mean", "sd", "min", "max");
    }
  }
}
