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
  void appendedVectorsFollowTheLexicalColumnsScaledAndWithoutZeros() {
    FeatureVector lexical = new FeatureVector(new int[] {2, 7}, new double[] {1.0, 0.5});

    FeatureVector x =
        TruthfulnessExperiment.appendDense(lexical, 10, new float[] {0.5f, 0f, -0.25f}, 2.0);

    assertThat(x.indices()).containsExactly(2, 7, 10, 12);
    assertThat(x.values()).containsExactly(1.0, 0.5, 1.0, -0.5);
  }

  @Test
  void appendingRejectsLexicalColumnsAtOrPastTheOffset() {
    FeatureVector lexical = new FeatureVector(new int[] {3}, new double[] {1.0});

    assertThatThrownBy(() -> TruthfulnessExperiment.appendDense(lexical, 3, new float[] {1f}, 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not below 3");
  }

  @Test
  void withoutVectorsTheFeaturesAreTheLexicalOnesUnchanged() {
    FeatureVector[] lexical = {new FeatureVector(new int[] {1}, new double[] {1.0})};

    assertThat(TruthfulnessExperiment.withVectors(lexical, 5, null, 2.0)).isSameAs(lexical);
    assertThat(TruthfulnessExperiment.withVectors(lexical, 5, List.of(new float[] {0.5f}), 2.0)[0])
        .isEqualTo(new FeatureVector(new int[] {1, 5}, new double[] {1.0, 1.0}));
  }

  @Test
  void nullVectorsGiveExactlyTheLexicalRun() {
    List<String> test = List.of("it was verified", "it was bogus", "it was halfway");

    TruthfulnessExperiment.Result plain = experiment(CLASSES).run(train(), test);
    TruthfulnessExperiment.Result viaVectors = experiment(CLASSES).run(train(), test, null, null);

    assertThat(viaVectors).isEqualTo(plain);
    assertThat(plain.vectorScale()).isZero();
    assertThat(plain.selection().keySet()).noneMatch(k -> k.contains("vectors"));
  }

  @Test
  void vectorsThatCarryTheClassDecideWhereTheWordsCannot() {
    // The texts say nothing about the class; the vectors point one way per class.
    List<TruthfulnessExperiment.Item> items = new ArrayList<>();
    List<float[]> vectors = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      int k = i % 3;
      items.add(
          new TruthfulnessExperiment.Item(
              "the senator said number " + i, CLASSES.get(k), "speaker" + (i % 6)));
      vectors.add(unit(k, 0.1 * ((i * 7) % 5)));
    }
    List<String> test = List.of("the senator said", "the senator said", "the senator said");
    List<float[]> testVectors = List.of(unit(2, 0.2), unit(0, 0.1), unit(1, 0.3));

    TruthfulnessExperiment.Result r =
        experiment(CLASSES)
            .withVectorScales(List.of(1.0, 4.0))
            .run(items, test, vectors, testVectors);

    assertThat(r.predicted()).containsExactly("true", "false", "half-true");
    assertThat(r.vectorScale()).isIn(1.0, 4.0);
    assertThat(r.selection())
        .containsKey("ordinal,C=1.0,balanced=false,vectors=1.0")
        .containsKey("one-vs-rest,C=4.0,balanced=true,offsets,vectors=4.0");
  }

  @Test
  void vectorsMustMatchTheTextsInNumberAndLength() {
    List<String> test = List.of("it was bogus");
    List<float[]> sixty = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      sixty.add(unit(i % 3, 0));
    }

    assertThatThrownBy(
            () -> experiment(CLASSES).run(train(), test, sixty.subList(0, 59), List.of(unit(0, 0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one vector per text");
    assertThatThrownBy(
            () -> experiment(CLASSES).run(train(), test, sixty, List.of(new float[] {1f})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must all have 4 components");
    assertThatThrownBy(() -> experiment(CLASSES).run(train(), test, sixty, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> experiment(CLASSES).withVectorScales(List.of(0.0)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** A unit vector of 4 components near axis {@code k}, tilted by {@code noise} to axis 3. */
  private static float[] unit(int k, double noise) {
    float[] v = new float[4];
    v[k] = 1f;
    v[3] = (float) noise;
    double norm = Math.sqrt(1 + noise * noise);
    for (int j = 0; j < 4; j++) {
      v[j] /= (float) norm;
    }
    return v;
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
