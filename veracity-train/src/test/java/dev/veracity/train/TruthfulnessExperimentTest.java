package dev.veracity.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.veracity.feature.FeatureConfig;
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
