package dev.veracity.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.veracity.text.TokenOffsets;
import dev.veracity.text.WordTokenizer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The fast {@link HashingVectorizer#vectorize} and {@link HashingVectorizer#terms} equal the
 * string-based reference ({@link HashingVectorizer#stringTerms}, merged column by column in a
 * {@code TreeMap} as the vectorizer did before the fast path) on hand-written edge cases, for
 * several configurations; so do the dot product computed without building the vector ({@link
 * HashingVectorizer#dot}, which sums in first-seen order and so must agree up to rounding: within
 * {@link #roundingTolerance}) and the distinct words counted alongside the vector.
 */
class FastVectorizeMatchesTermsTest {

  private static final double[] DENSE = {0.0, 0.25, -1.5};

  static final List<String> EDGE_CASES =
      List.of(
          "",
          " ",
          "\n\t ",
          "a",
          "Up 45 Percent",
          "The U.S. economy grew 3.2% in 2019, said Dr. Smith -- \"really\"? Yes!!!",
          "the the the the the cat the cat the cat",
          "İstanbul KIZILIRMAK ıi İİ Iı",
          "ΣΟΦΟΣ ΟΔΟΣ σοφός Σ",
          "\uD801\uDC00\uD801\uDC01 Deseret \uD801\uDC28",
          "emoji \uD83D\uDE00 test \uD83D\uDC4D\uD83C\uDFFD ok",
          "lone \uD800abc x\uDC00y \uD800",
          "ǅungla Ǆ ǆ ﬁne ß STRASSE ẞ",
          "١٢٣ ２０１９ 1234567890 ৩ 12,345.67 10:30",
          "cafe\u0301 naïve coöperate e\u0301\u0301",
          "zero\u200Bwidth joi\u200Dner soft\u00ADhyphen",
          "don't won’t well-known U.S.A. 3,200 4:20 state-of-the-art",
          "Ⅻ ⅻ Ⓐ ⓐ ＡＢＣ ａｂｃ",
          // Kelvin sign (lower-cases to ASCII k), Angstrom sign, curly quotes, Cyrillic, CJK.
          "\u212A\u212B 5\u212A Å ’quoted’ “Twice” МОСКВА Москва 東京 ÉCOLE École ΣΑΣ",
          "a".repeat(5_000) + " " + "Ab1".repeat(3_000),
          "x ".repeat(3_000));

  private static final List<FeatureConfig> CONFIGS =
      List.of(
          FeatureConfig.defaults(),
          FeatureConfig.defaults().withCharNgrams(1, 4),
          FeatureConfig.defaults().withWordNgrams(1, 3).withCharNgrams(3, 5),
          // 2^4 buckets: almost every column merges several terms, so merge order shows.
          FeatureConfig.defaults().withHashBits(4).withWordNgrams(1, 3).withCharNgrams(2, 3),
          new FeatureConfig(12, 7, 2, 3, 2, 2, false, false, Weighting.BINARY),
          new FeatureConfig(16, -1, 1, 1, 0, 0, false, true, Weighting.LOG_COUNT),
          new FeatureConfig(16, 42, 1, 2, 0, 0, true, false, Weighting.BINARY));

  /** The pre-fast-path vector: named terms merged in a TreeMap in first-seen order. */
  static FeatureVector reference(HashingVectorizer vectorizer, String text, double[] dense) {
    List<HashedTerm> all = new ArrayList<>(vectorizer.stringTerms(text));
    all.addAll(vectorizer.denseTerms(dense));
    return treeMapMerge(all);
  }

  /** How {@code FeatureVector.of} merged terms before the fast path. */
  static FeatureVector treeMapMerge(List<HashedTerm> all) {
    TreeMap<Integer, Double> columns = new TreeMap<>();
    for (HashedTerm t : all) {
      columns.merge(t.index(), t.value(), Double::sum);
    }
    int[] idx = new int[columns.size()];
    double[] val = new double[columns.size()];
    int i = 0;
    for (Map.Entry<Integer, Double> e : columns.entrySet()) {
      idx[i] = e.getKey();
      val[i] = e.getValue();
      i++;
    }
    return new FeatureVector(idx, val);
  }

  private static HashingVectorizer vectorizer(FeatureConfig config) {
    return new HashingVectorizer(config, new WordTokenizer(), List.of("d:0", "d:1", "d:2"));
  }

  @Test
  void everyEdgeCaseGivesTheReferenceVectorUnderEveryConfiguration() {
    for (FeatureConfig config : CONFIGS) {
      HashingVectorizer v = vectorizer(config);
      for (String text : EDGE_CASES) {
        assertThat(v.vectorize(text, DENSE))
            .as("%s on %s", config, text.length() > 60 ? text.substring(0, 60) : text)
            .isEqualTo(reference(v, text, DENSE));
      }
    }
  }

  @Test
  void everyEdgeCaseGivesTheReferenceNamedTermsUnderEveryConfiguration() {
    for (FeatureConfig config : CONFIGS) {
      HashingVectorizer v = vectorizer(config);
      for (String text : EDGE_CASES) {
        assertThat(v.terms(text))
            .as("%s on %s", config, text.length() > 60 ? text.substring(0, 60) : text)
            .isEqualTo(v.stringTerms(text));
      }
    }
  }

  /** Weights for {@code columns} columns drawn at random, so that every column's sum counts. */
  private static double[] randomWeights(Random random, int columns) {
    double[] w = new double[columns];
    for (int i = 0; i < columns; i++) {
      w[i] = random.nextGaussian();
    }
    return w;
  }

  @Test
  void everyEdgeCaseGivesTheVectorsDotProductUpToRoundingUnderEveryConfiguration() {
    Random random = new Random(20261206);
    for (FeatureConfig config : CONFIGS) {
      HashingVectorizer v = vectorizer(config);
      double[] full = randomWeights(random, v.dimension());
      // Shorter weights: columns past the end count as 0, the dense block among them.
      double[] cut = randomWeights(random, config.buckets() / 2 + 1);
      for (String text : EDGE_CASES) {
        TokenOffsets tokens = new WordTokenizer().offsets(text);
        FeatureVector vector = reference(v, text, DENSE);
        for (double[] w : List.of(full, cut)) {
          assertThat(v.dot(text, tokens, DENSE, w))
              .as("%s on %s", config, text.length() > 60 ? text.substring(0, 60) : text)
              .isCloseTo(vector.dot(w), within(roundingTolerance(vector, w)));
        }
      }
    }
  }

  @Test
  void everyEdgeCaseGivesTheVectorAndTheDistinctUnigramNamesUnderEveryConfiguration() {
    for (FeatureConfig config : CONFIGS) {
      HashingVectorizer v = vectorizer(config);
      for (String text : EDGE_CASES) {
        List<String> words = new ArrayList<>();
        TokenOffsets tokens = new WordTokenizer().offsets(text);
        String as = config + " on " + (text.length() > 60 ? text.substring(0, 60) : text);
        assertThat(v.vectorize(text, tokens, DENSE, words))
            .as(as)
            .isEqualTo(reference(v, text, DENSE));
        Set<String> unigrams = new LinkedHashSet<>();
        for (HashedTerm t : v.stringTerms(text)) {
          if (t.name().startsWith("w:") && t.name().indexOf(' ') < 0) {
            unigrams.add(t.name().substring(2));
          }
        }
        assertThat(words).as(as).doesNotHaveDuplicates();
        assertThat(new HashSet<>(words)).as(as).isEqualTo(unigrams);
      }
    }
  }

  /**
   * With character n-grams (every non-ASCII word through the string steps), the article models'
   * configuration (BMP words encoded directly) and one without lower-casing.
   */
  private static final List<FeatureConfig> RANDOM_CONFIGS =
      List.of(
          FeatureConfig.defaults().withCharNgrams(1, 3),
          new FeatureConfig(18, 24301, 1, 2, 0, 0, true, true, Weighting.LOG_COUNT),
          new FeatureConfig(16, 3, 1, 2, 0, 0, false, true, Weighting.LOG_COUNT));

  @Test
  void randomUnicodeTextsGiveTheReferenceVector() {
    for (FeatureConfig config : RANDOM_CONFIGS) {
      randomUnicodeTextsGiveTheReferenceVector(config);
    }
  }

  private static void randomUnicodeTextsGiveTheReferenceVector(FeatureConfig config) {
    Random random = new Random(20261125);
    HashingVectorizer v = vectorizer(config);
    double[] w = randomWeights(random, v.dimension());
    for (int k = 0; k < 300; k++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(80);
      for (int i = 0; i < length; i++) {
        int kind = random.nextInt(6);
        if (kind == 0) {
          b.append(' ');
        } else if (kind == 1) {
          b.append((char) random.nextInt(0x10000));
        } else if (kind == 2) {
          b.appendCodePoint(0x10000 + random.nextInt(0x20000));
        } else {
          b.append("aZ9İıΣς.,'-ß".charAt(random.nextInt(12)));
        }
      }
      String text = b.toString();
      String as = config + " on " + text;
      assertThat(v.vectorize(text, DENSE)).as(as).isEqualTo(reference(v, text, DENSE));
      assertThat(v.terms(text)).as(as).isEqualTo(v.stringTerms(text));
      FeatureVector vector = reference(v, text, DENSE);
      assertThat(v.dot(text, new WordTokenizer().offsets(text), DENSE, w))
          .as(as)
          .isCloseTo(vector.dot(w), within(roundingTolerance(vector, w)));
    }
  }

  @Test
  void prefixedHashEqualsTheHashOfTheWholeString() {
    for (String s : List.of("", "a", "ab", "abc", "abcd", "abcde", "abcdef", "héllo wörld 😀")) {
      byte[] data = ("##" + s + "##").getBytes(StandardCharsets.UTF_8);
      int to = data.length - 2;
      assertThat(MurmurHash3.hash32((byte) 'w', (byte) ':', data, 2, to, 0x5eed))
          .as(s)
          .isEqualTo(MurmurHash3.hash32("w:" + s, 0x5eed));
    }
  }

  @Test
  void featureVectorOfAddsCollidingTermsInListOrder() {
    FeatureVector v =
        FeatureVector.of(
            List.of(
                new HashedTerm("a", 5, 0.1),
                new HashedTerm("b", 2, 1.0),
                new HashedTerm("c", 5, 0.2),
                new HashedTerm("d", 5, 0.3)));

    assertThat(v)
        .isEqualTo(new FeatureVector(new int[] {2, 5}, new double[] {1.0, 0.1 + 0.2 + 0.3}));
  }

  /**
   * What summing the terms of {@code vector . w} in another order may change: a few units in the
   * last place of the sum of the terms' magnitudes (1e-12 of it, far above double rounding and far
   * below any real difference in a feature).
   */
  static double roundingTolerance(FeatureVector vector, double[] w) {
    double magnitude = 0;
    for (int k = 0; k < vector.size(); k++) {
      int column = vector.indices()[k];
      if (column < w.length) {
        magnitude += Math.abs(vector.values()[k] * w[column]);
      }
    }
    return 1e-12 * (1 + magnitude);
  }
}
