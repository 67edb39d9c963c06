package dev.veracity.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veracity.feature.FeatureConfig;
import org.junit.jupiter.api.Test;

class ReliabilityFeaturizerTest {

  @Test
  void distinctWordsAreLowerCasedDigitShapedAndCountedOnce() {
    ReliabilityFeaturizer f = new ReliabilityFeaturizer(FeatureConfig.defaults());

    assertThat(f.distinctWords("The cat saw THE 2024 cats"))
        .containsExactlyInAnyOrder("the", "cat", "saw", "0000", "cats");
  }

  @Test
  void aConfigurationWithoutUnigramsHasNoDistinctWords() {
    ReliabilityFeaturizer f =
        new ReliabilityFeaturizer(FeatureConfig.defaults().withWordNgrams(2, 2));

    assertThat(f.distinctWords("The cat saw the cats")).isEmpty();
  }
}
