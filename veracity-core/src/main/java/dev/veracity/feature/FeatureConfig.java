package dev.veracity.feature;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Settings of a {@link HashingVectorizer}; stored inside every model file.
 *
 * @param hashBits the hashed block has {@code 2^hashBits} buckets, in [4, 24]
 * @param hashSeed MurmurHash3 seed
 * @param wordNgramMin shortest word n-gram, >= 1
 * @param wordNgramMax longest word n-gram, >= wordNgramMin
 * @param charNgramMin shortest character n-gram, 0 to disable character n-grams
 * @param charNgramMax longest character n-gram, 0 to disable
 * @param lowerCase whether terms are lower-cased
 * @param digitShape whether digits are mapped to 0
 * @param weighting term weighting before L2 normalisation
 */
public record FeatureConfig(
    int hashBits,
    int hashSeed,
    int wordNgramMin,
    int wordNgramMax,
    int charNgramMin,
    int charNgramMax,
    boolean lowerCase,
    boolean digitShape,
    Weighting weighting) {

  /** Validates ranges. */
  public FeatureConfig {
    if (hashBits < 4 || hashBits > 24) {
      throw new IllegalArgumentException("hashBits must be in [4, 24], got " + hashBits);
    }
    if (wordNgramMin < 1 || wordNgramMax < wordNgramMin) {
      throw new IllegalArgumentException(
          "word n-gram range must satisfy 1 <= min <= max, got "
              + wordNgramMin
              + ".."
              + wordNgramMax);
    }
    if (charNgramMin < 0
        || charNgramMax < charNgramMin
        || (charNgramMin == 0) != (charNgramMax == 0)) {
      throw new IllegalArgumentException(
          "char n-gram range must be 0..0 or 1 <= min <= max, got "
              + charNgramMin
              + ".."
              + charNgramMax);
    }
    Objects.requireNonNull(weighting, "weighting");
  }

  /** Word 1–2-grams, lower-cased, digit shapes, log counts, 2^18 buckets, no character n-grams. */
  public static FeatureConfig defaults() {
    return new FeatureConfig(18, 0x5eed, 1, 2, 0, 0, true, true, Weighting.LOG_COUNT);
  }

  /** Number of hashed buckets. */
  public int buckets() {
    return 1 << hashBits;
  }

  /** This configuration with another word n-gram range. */
  public FeatureConfig withWordNgrams(int min, int max) {
    return new FeatureConfig(
        hashBits, hashSeed, min, max, charNgramMin, charNgramMax, lowerCase, digitShape, weighting);
  }

  /** This configuration with another character n-gram range (0..0 disables them). */
  public FeatureConfig withCharNgrams(int min, int max) {
    return new FeatureConfig(
        hashBits, hashSeed, wordNgramMin, wordNgramMax, min, max, lowerCase, digitShape, weighting);
  }

  /** This configuration with another number of hash bits. */
  public FeatureConfig withHashBits(int bits) {
    return new FeatureConfig(
        bits,
        hashSeed,
        wordNgramMin,
        wordNgramMax,
        charNgramMin,
        charNgramMax,
        lowerCase,
        digitShape,
        weighting);
  }

  /** The normalising steps applied to words before n-grams are formed. */
  public List<TermStep> wordSteps() {
    List<TermStep> steps = new ArrayList<>();
    if (lowerCase) {
      steps.add(new LowerCase());
    }
    if (digitShape) {
      steps.add(new DigitShape());
    }
    return List.copyOf(steps);
  }
}
