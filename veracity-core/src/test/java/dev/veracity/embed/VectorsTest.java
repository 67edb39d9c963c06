package dev.veracity.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class VectorsTest {

  @Test
  void cosineOfParallelVectorsIsOne() {
    assertThat(Vectors.cosine(new float[] {1, 2, 3}, new float[] {2, 4, 6}))
        .isCloseTo(1.0, within(1e-9));
  }

  @Test
  void cosineOfOrthogonalVectorsIsZero() {
    assertThat(Vectors.cosine(new float[] {1, 0}, new float[] {0, 5})).isEqualTo(0.0);
  }

  @Test
  void cosineWithTheZeroVectorIsZero() {
    assertThat(Vectors.cosine(new float[] {0, 0}, new float[] {1, 1})).isEqualTo(0.0);
  }

  @Test
  void cosineRejectsVectorsOfDifferentLengths() {
    assertThatThrownBy(() -> Vectors.cosine(new float[] {1}, new float[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("vectors must have the same length, got 1 and 2");
  }

  @Test
  void normalizedScalesToUnitLength() {
    assertThat(Vectors.normalized(new float[] {3, 4})).containsExactly(0.6f, 0.8f);
  }

  @Test
  void dotOfUnitVectorsEqualsTheirCosine() {
    float[] a = Vectors.normalized(new float[] {1, 2});
    float[] b = Vectors.normalized(new float[] {2, 1});
    assertThat(Vectors.dot(a, b)).isCloseTo(Vectors.cosine(a, b), within(1e-6));
  }
}
