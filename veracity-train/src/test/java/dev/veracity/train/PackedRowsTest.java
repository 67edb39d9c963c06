package dev.veracity.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.veracity.feature.FeatureVector;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PackedRowsTest {

  @Test
  void aRowGivesBackItsIndicesAndFloatRoundedValues() {
    PackedRows rows =
        PackedRows.of(
            new FeatureVector(new int[] {0, 7}, new double[] {1.0, 0.1}),
            new FeatureVector(new int[] {}, new double[] {}),
            new FeatureVector(new int[] {3}, new double[] {2.5}));

    assertThat(rows.size()).isEqualTo(3);
    assertThat(rows.nonZeros()).isEqualTo(3);
    assertThat(rows.vector(0))
        .isEqualTo(new FeatureVector(new int[] {0, 7}, new double[] {1.0, (double) 0.1f}));
    assertThat(rows.vector(1)).isEqualTo(new FeatureVector(new int[] {}, new double[] {}));
    assertThat(rows.vector(2)).isEqualTo(new FeatureVector(new int[] {3}, new double[] {2.5}));
  }

  @Test
  void rowsThatFillManyBlocksRoundTrip() {
    Random random = new Random(3);
    List<FeatureVector> vectors = new ArrayList<>();
    PackedRows rows = new PackedRows();
    long nonZeros = 0;
    // Enough entries for several blocks, including rows longer than a first block.
    for (int r = 0; r < 3000; r++) {
      int n = r % 500 == 0 ? 5000 : random.nextInt(1200);
      int[] idx = new int[n];
      double[] val = new double[n];
      for (int j = 0; j < n; j++) {
        idx[j] = j * 3 + r % 3;
        val[j] = (float) random.nextGaussian();
      }
      FeatureVector v = new FeatureVector(idx, val);
      vectors.add(v);
      assertThat(rows.add(v)).isEqualTo(r);
      nonZeros += n;
    }

    assertThat(rows.nonZeros()).isEqualTo(nonZeros);
    for (int r = 0; r < vectors.size(); r++) {
      assertThat(rows.vector(r)).isEqualTo(vectors.get(r));
    }
  }

  @Test
  void theDotProductUsesTheFloatValuesAndIgnoresColumnsBeyondTheWeights() {
    PackedRows rows =
        PackedRows.of(new FeatureVector(new int[] {1, 2, 9}, new double[] {0.1, 2.0, 5.0}));

    assertThat(rows.dot(0, new double[] {10, 10, 1})).isEqualTo((double) 0.1f * 10 + 2.0);
  }

  @Test
  void aRowOutsideTheStoreIsRefusedByNumber() {
    PackedRows rows = PackedRows.of(new FeatureVector(new int[] {1}, new double[] {1}));

    assertThatThrownBy(() -> rows.vector(1))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("row must be in [0, 1), got 1");
  }
}
