package dev.veracity.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.veracity.embed.SentenceEncoder;
import dev.veracity.feature.FeatureConfig;
import dev.veracity.model.Contribution;
import dev.veracity.model.InvalidModelException;
import dev.veracity.model.LinearTextModel;
import dev.veracity.model.PlattCalibration;
import dev.veracity.model.SparseWeights;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClaimFeaturizerTest {

  /** Encodes a text as (share of its characters that are digits, the rest), unit length. */
  private static final class DigitShareEncoder implements SentenceEncoder {
    @Override
    public int dimension() {
      return 2;
    }

    @Override
    public float[] encode(String text) {
      double digits = text.chars().filter(Character::isDigit).count();
      double share = text.isEmpty() ? 0 : digits / text.length();
      double rest = Math.sqrt(1 - share * share);
      return new float[] {(float) share, (float) rest};
    }

    @Override
    public String name() {
      return "digits";
    }

    @Override
    public String provenance() {
      return "test encoder";
    }
  }

  private static final FeatureConfig CONFIG = FeatureConfig.defaults().withHashBits(8);

  private static ClaimFeaturizer withEncoder() {
    return new ClaimFeaturizer(
        CONFIG, CheckworthinessCues.standard(), Optional.of(new DigitShareEncoder()));
  }

  @Test
  void anEncoderAddsOneNamedDenseFeaturePerComponentAfterTheLength() {
    List<String> names = withEncoder().denseNames();
    assertThat(names.subList(names.size() - 3, names.size()))
        .containsExactly(ClaimFeaturizer.LENGTH_FEATURE, "emb:digits:0", "emb:digits:1");
    assertThat(withEncoder().dimension()).isEqualTo(new ClaimFeaturizer(CONFIG).dimension() + 2);
  }

  @Test
  void batchFeaturizingGivesTheSameVectorsAsOneByOne() {
    ClaimFeaturizer f = withEncoder();
    List<String> texts = List.of("Taxes rose 3% in 1999.", "", "Thank you.");
    List<ClaimFeaturizer.Featurized> batch = f.featurizeAll(texts);
    for (int i = 0; i < texts.size(); i++) {
      assertThat(batch.get(i)).isEqualTo(f.featurize(texts.get(i)));
    }
  }

  private static LinearTextModel modelWithEncoder() {
    ClaimFeaturizer f = withEncoder();
    int first = CONFIG.buckets() + f.denseNames().indexOf("emb:digits:0");
    return LinearClaimDetector.MODEL_FORMAT.model(
        CONFIG,
        f.denseNames(),
        0.0,
        new SparseWeights(new int[] {first, first + 1}, new double[] {2.0, -1.0}),
        PlattCalibration.identity(),
        0.5,
        Map.of());
  }

  @Test
  void aModelTrainedWithAnEncoderIsRefusedWithoutOne() {
    assertThatThrownBy(() -> new LinearClaimDetector(modelWithEncoder()))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("emb:digits:0");
  }

  @Test
  void theEncoderComponentsExplainAScoreAsOneContribution() throws Exception {
    LinearClaimDetector d =
        new LinearClaimDetector(modelWithEncoder(), Optional.of(new DigitShareEncoder()));
    // "1234": digit share 1.0, rest 0.0 -> 2.0 * 1.0 - 1.0 * 0.0 = 2.0.
    ClaimScore s = d.score("1234");
    assertThat(s.contributions()).containsExactly(new Contribution("emb:digits", 2.0));
    assertThat(s.probability()).isEqualTo(1 / (1 + Math.exp(-2.0)));
  }

  @Test
  void theEncoderNameComesFromTheFirstEmbeddingFeature() {
    assertThat(ClaimFeaturizer.encoderName(withEncoder().denseNames())).contains("digits");
  }

  @Test
  void aLexicalModelNamesNoEncoder() {
    assertThat(ClaimFeaturizer.encoderName(new ClaimFeaturizer(CONFIG).denseNames())).isEmpty();
  }
}
