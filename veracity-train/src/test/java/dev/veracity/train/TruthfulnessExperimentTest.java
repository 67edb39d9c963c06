package dev.veracity.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.veracity.feature.FeatureConfig;
import dev.veracity.feature.FeatureVector;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TruthfulnessExperimentTest {

  private static final List<String> WORDS = List.of("bogus", "halfway", "verified");
  private static final List<String> CLASSES = List.of("false", "half-true", "true");

  private static List<TruthfulnessExperiment.Item> train() {
    List<TruthfulnessExperiment.Item> items = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      int k = i % 3;
      items.add(
          new TruthfulnessExperiment.Item(
              "the senator said the figure was " + WORDS.get(k) + " number " + i,
              CLASSES.get(k),
              "speaker" + (i % 6)));
    }
    return items;
  }

  private static TruthfulnessExperiment experiment(List<String> order) {
    return new TruthfulnessExperiment(FeatureConfig.defaults(), List.of(1.0, 4.0), 2, 7, order);
  }

  @Test
  void eachTestTextGetsTheClassOfItsTellingWord() {
    TruthfulnessExperiment.Result r =
        experiment(List.of())
            .run(train(), List.of("it was verified", "it was bogus", "it was halfway"));

    assertThat(r.predicted()).containsExactly("true", "false", "half-true");
    assertThat(r.method()).isEqualTo("one-vs-rest");
  }

  @Test
  void orderedClassesAlsoTryTheOrdinalMethodAndKeepTheGivenOrder() {
    TruthfulnessExperiment.Result r = experiment(CLASSES).run(train(), List.of("it was verified"));

    assertThat(r.classes()).containsExactly("false", "half-true", "true");
    assertThat(r.selection()).containsKey("ordinal,C=1.0,balanced=false");
  }

  @Test
  void orderedClassesAlsoTryTheCombinedMethodAndClassOffsets() {
    TruthfulnessExperiment.Result r = experiment(CLASSES).run(train(), List.of("it was halfway"));

    assertThat(r.selection())
        .containsKey("combined,C=4.0,balanced=true")
        .containsKey("ordinal,C=1.0,balanced=false,offsets");
    assertThat(r.offsets()).containsOnlyKeys(CLASSES);
    assertThat(r.predicted()).containsExactly("half-true");
  }

  @Test
  void offsetsShiftDecisionsTowardAClassTheScoresUnderrate() {
    // Class 1 is the truth for the second half, but its probability always trails class 0 by a
    // little: argmax gets half right, an offset of about log(0.5/0.4) on class 1 gets all right.
    double[][] p = new double[40][];
    int[] label = new int[40];
    for (int i = 0; i < 40; i++) {
      label[i] = i < 20 ? 0 : 1;
      p[i] = i < 20 ? new double[] {0.9, 0.1} : new double[] {0.5, 0.4 + 0.001 * i};
    }

    double[] offsets = TruthfulnessExperiment.tuneOffsets(p, label, null, -1, 2);

    assertThat(offsets[0]).isZero();
    assertThat(offsets[1]).isBetween(0.15, 2.0);
    for (int i = 0; i < 40; i++) {
      int decided = Math.log(p[i][1]) + offsets[1] > Math.log(p[i][0]) ? 1 : 0;
      assertThat(decided).as("row %d", i).isEqualTo(label[i]);
    }
  }

  @Test
  void logCountRatiosFavourColumnsSeenOnOneSide() {
    FeatureVector[] x = {
      new FeatureVector(new int[] {0, 1}, new double[] {1, 1}),
      new FeatureVector(new int[] {0, 1}, new double[] {0.5, 1}),
      new FeatureVector(new int[] {1, 2}, new double[] {1, 1}),
      new FeatureVector(new int[] {1, 2}, new double[] {1, 0.2})
    };
    int[] y = {1, 1, 0, 0};

    double[] r = TruthfulnessExperiment.logCountRatio(x, y, new int[] {0, 1, 2, 3}, 4, 1.0);

    assertThat(r[0]).isPositive();
    assertThat(r[2]).isNegative();
    assertThat(r[0]).isCloseTo(-r[2], within(1e-12));
    assertThat(r[1]).isCloseTo(r[3], within(1e-12));
  }

  @Test
  void naiveBayesScaledFitsStillFindTheTellingWords() {
    TruthfulnessExperiment.Result r =
        new TruthfulnessExperiment(
                FeatureConfig.defaults(), List.of(1.0, 4.0), 2, 7, List.of(), false, 1.0)
            .run(train(), List.of("it was verified", "it was bogus", "it was halfway"));

    assertThat(r.predicted()).containsExactly("true", "false", "half-true");
    assertThat(r.selection()).doesNotContainKey("one-vs-rest,C=1.0,balanced=false,offsets");
  }

  @Test
  void aSingleClassIsRejected() {
    List<TruthfulnessExperiment.Item> one =
        List.of(
            new TruthfulnessExperiment.Item("a", "true", "g1"),
            new TruthfulnessExperiment.Item("b", "true", "g2"));

    assertThatThrownBy(() -> experiment(List.of()).run(one, List.of("c")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least two classes");
  }
}
