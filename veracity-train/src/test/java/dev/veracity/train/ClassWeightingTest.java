package dev.veracity.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.veracity.train.data.LabeledSentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ClassWeightingTest {

  /** Source "a": 2 positives, 2 negatives; source "b": 1 positive, 7 negatives. */
  private static List<LabeledSentence> data() {
    List<LabeledSentence> d = new ArrayList<>();
    d.add(new LabeledSentence("a1", 1, "a", "g1"));
    d.add(new LabeledSentence("a2", 1, "a", "g1"));
    d.add(new LabeledSentence("a3", 0, "a", "g2"));
    d.add(new LabeledSentence("a4", 0, "a", "g2"));
    d.add(new LabeledSentence("b0", 1, "b", "d1"));
    for (int i = 1; i <= 7; i++) {
      d.add(new LabeledSentence("b" + i, 0, "b", "d" + (1 + i % 2)));
    }
    return d;
  }

  @Test
  void perSourceBalancesEachSourceAndScalesIt() {
    int[] all = IntStream.range(0, 12).toArray();

    double[] w = ClassWeighting.parse("per-source:b=0.5").weights(data(), all);

    // a: n = 4, p = 2: every row 4 / 4 = 1. b: n = 8, p = 1: 8 / 2 = 4 for the positive,
    // 8 / 14 for each negative, then times 0.5.
    assertThat(w[0]).isEqualTo(1.0);
    assertThat(w[3]).isEqualTo(1.0);
    assertThat(w[4]).isCloseTo(2.0, within(1e-12));
    assertThat(w[5]).isCloseTo(0.5 * 8 / 14.0, within(1e-12));
    // Each class of a source weighs half of the source's rows times its scale.
    double bPositive = w[4];
    double bNegative = IntStream.rangeClosed(5, 11).mapToDouble(i -> w[i]).sum();
    assertThat(bPositive).isCloseTo(bNegative, within(1e-12));
    assertThat(bPositive + bNegative).isCloseTo(0.5 * 8, within(1e-12));
  }

  @Test
  void weightsAreComputedOnTheRowsGivenOnly() {
    // Without b's positive, b holds one class: its rows get weight 1 (times the scale).
    int[] rows = {0, 2, 5, 6};

    double[] w = ClassWeighting.perSource(Map.of("b", 0.25)).weights(data(), rows);

    assertThat(w).containsExactly(1.0, 1.0, 0.25, 0.25);
  }

  @Test
  void labelsParseBack() {
    for (String spec :
        List.of(
            "pooled", "per-source", "per-source:checkthat2019=0.25", "per-source:a=2.0,b=0.5")) {
      assertThat(ClassWeighting.parse(spec).label()).isEqualTo(spec);
    }
    assertThat(ClassWeighting.parseList("pooled;per-source:b=0.5"))
        .containsExactly(ClassWeighting.POOLED, ClassWeighting.perSource(Map.of("b", 0.5)));
  }

  @Test
  void badSpecsAndPooledWeightsAreRefused() {
    assertThatThrownBy(() -> ClassWeighting.parse("balanced"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pooled, per-source");
    assertThatThrownBy(() -> ClassWeighting.parse("per-source:b=0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be positive");
    assertThatThrownBy(() -> ClassWeighting.parse("per-source:b=x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a number");
    assertThatThrownBy(() -> ClassWeighting.parse("per-source:b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SOURCE=SCALE");
    assertThatThrownBy(() -> ClassWeighting.POOLED.weights(data(), new int[] {0}))
        .isInstanceOf(IllegalStateException.class);
  }
}
