package dev.veracity.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.veracity.text.WordTokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class HashingVectorizerTest {

  private final HashingVectorizer vectorizer =
      new HashingVectorizer(FeatureConfig.defaults(), new WordTokenizer(), List.of("cue:x"));

  @Test
  void murmurHashMatchesTheReferenceVectors() {
    // Reference values of MurmurHash3_x86_32 (Appleby's SMHasher).
    assertThat(MurmurHash3.hash32("", 0)).isEqualTo(0);
    assertThat(MurmurHash3.hash32("", 1)).isEqualTo(0x514E28B7);
    assertThat(MurmurHash3.hash32("Hello, world!", 0x9747b28c)).isEqualTo(0x24884CBA);
    assertThat(MurmurHash3.hash32("aaaa", 0x9747b28c)).isEqualTo(0x5A97808A);
    assertThat(MurmurHash3.hash32("The quick brown fox jumps over the lazy dog", 0x9747b28c))
        .isEqualTo(0x2FA826CD);
  }

  @Test
  void termsAreLowerCasedDigitShapedUnigramsAndBigrams() {
    assertThat(vectorizer.terms("Up 45 Percent").stream().map(HashedTerm::name))
        .containsExactly("w:up", "w:00", "w:percent", "w:up 00", "w:00 percent");
  }

  @Test
  void termValuesHaveUnitL2Norm() {
    double norm =
        vectorizer.terms("the cat saw the other cat").stream()
            .mapToDouble(t -> t.value() * t.value())
            .sum();
    assertThat(norm).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void denseFeaturesSitAfterTheHashedBlock() {
    FeatureVector v = vectorizer.vectorize("", new double[] {0.5});
    assertThat(v.indices()).containsExactly(1 << 18);
    assertThat(v.values()).containsExactly(0.5);
  }

  @Test
  void charNgramsArePaddedWithSpaces() {
    assertThat(new CharNgrams(3, 3).apply(List.of("ab"))).containsExactly("c: ab", "c:ab ");
  }

  @Test
  void toStringShowsTheChain() {
    assertThat(vectorizer.toString())
        .isEqualTo(
            "HashingVectorizer[WordTokenizer -> [LowerCase, DigitShape] -> WordNgrams(1..2)"
                + " -> LOG_COUNT -> L2 -> MurmurHash3(2^18) + dense[cue:x]]");
  }
}
