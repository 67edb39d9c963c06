package dev.veracity.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.veracity.claim.ClaimFeaturizer;
import dev.veracity.claim.LinearClaimDetector;
import dev.veracity.classify.ModelKind;
import dev.veracity.classify.ReliabilityFeaturizer;
import dev.veracity.classify.ReliabilityModel;
import dev.veracity.classify.ReliabilityModelJson;
import dev.veracity.comment.LinearSpamDetector;
import dev.veracity.corpus.BuzzFeedWebisReader;
import dev.veracity.corpus.ConstraintReader;
import dev.veracity.corpus.CorpusReader;
import dev.veracity.corpus.LabelledDocument;
import dev.veracity.corpus.LiarReader;
import dev.veracity.style.LexicalStyleAnalyzer;
import dev.veracity.style.StyleCue;
import dev.veracity.text.TokenOffsets;
import dev.veracity.text.WordTokenizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On real texts (LIAR and CONSTRAINT statements, BuzzFeed-Webis articles) the fast named terms
 * equal the string-based reference, and the name-free vectors of the committed models' featurizers
 * equal the vectors of their named terms (n-grams plus style, cue and length features computed on
 * their own path), so the committed reliability, claim and spam models score exactly as before.
 */
class FastVectorizeMatchesTermsOnCorporaTest {

  private static List<String> statements;
  private static List<String> articles;

  @BeforeAll
  static void readCorpora() throws Exception {
    String property = System.getProperty("veracity.datasets", "");
    Path datasets = Path.of(property.isEmpty() ? "../../shared/datasets" : property);
    assumeTrue(
        Files.isDirectory(datasets.resolve(LiarReader.NAME))
            && Files.isDirectory(datasets.resolve(ConstraintReader.NAME))
            && Files.isDirectory(datasets.resolve("buzzfeed-webis-2016")),
        "SKIPPED: LIAR, CONSTRAINT or BuzzFeed-Webis not found under "
            + datasets.toAbsolutePath()
            + " (set -Dveracity.datasets=DIR); the fast-path equivalence on real text is unchecked");
    statements = new ArrayList<>(texts(datasets, LiarReader.ofSplits("train"), 1_500));
    statements.addAll(texts(datasets, ConstraintReader.ofSplits("train"), 1_500));
    articles = texts(datasets, new BuzzFeedWebisReader(), 800);
  }

  private static List<String> texts(Path datasets, CorpusReader reader, int limit)
      throws Exception {
    List<LabelledDocument> docs = reader.read(datasets.resolve(reader.name())).documents();
    return docs.subList(0, Math.min(limit, docs.size())).stream()
        .map(LabelledDocument::titleAndText)
        .toList();
  }

  private static void assertReliabilityVectorsMatch(ModelKind kind, List<String> texts)
      throws Exception {
    ReliabilityFeaturizer f =
        new ReliabilityFeaturizer(ReliabilityModelJson.readDefault(kind).features());
    for (String text : texts) {
      assertThat(f.vectorize(text))
          .as(text)
          .isEqualTo(FastVectorizeMatchesTermsTest.treeMapMerge(f.terms(text)));
    }
  }

  private static void assertClaimVectorsMatch(ClaimFeaturizer f, List<String> texts) {
    for (String text : texts) {
      assertThat(f.vectorize(text))
          .as(text)
          .isEqualTo(FastVectorizeMatchesTermsTest.treeMapMerge(f.featurize(text).terms()));
    }
  }

  private static void assertNamedTermsMatch(FeatureConfig config, List<String> texts) {
    HashingVectorizer v = new HashingVectorizer(config, new WordTokenizer(), List.of());
    for (String text : texts) {
      assertThat(v.terms(text)).as(text).isEqualTo(v.stringTerms(text));
    }
  }

  @Test
  void namedTermsMatchTheStringPathOnStatementsAndArticles() throws Exception {
    FeatureConfig config = ReliabilityModelJson.readDefault(ModelKind.ARTICLES).features();
    assertNamedTermsMatch(config, statements);
    assertNamedTermsMatch(config, articles);
  }

  @Test
  void theArticlesModelFeaturizerMatchesOn800BuzzFeedWebisArticles() throws Exception {
    assertThat(articles).hasSize(800);
    assertReliabilityVectorsMatch(ModelKind.ARTICLES, articles);
  }

  @Test
  void theStatementsModelFeaturizerMatchesOn3000LiarAndConstraintStatements() throws Exception {
    assertThat(statements).hasSize(3_000);
    assertReliabilityVectorsMatch(ModelKind.STATEMENTS, statements);
  }

  @Test
  void distinctWordsAreTheUnigramTermNamesOnStatementsAndArticles() throws Exception {
    ReliabilityFeaturizer f =
        new ReliabilityFeaturizer(ReliabilityModelJson.readDefault(ModelKind.ARTICLES).features());
    List<String> all = new ArrayList<>(statements);
    all.addAll(articles);
    for (String text : all) {
      Set<String> fromNames = new HashSet<>();
      for (HashedTerm t : f.terms(text)) {
        if (t.name().startsWith("w:") && t.name().indexOf(' ') < 0) {
          fromNames.add(t.name().substring(2));
        }
      }
      assertThat(f.distinctWords(text)).as(text).isEqualTo(fromNames);
    }
  }

  @Test
  void theScoreWithoutAVectorIsTheVectorsDotProductUpToRoundingUnderTheCommittedModels()
      throws Exception {
    List<String> all = new ArrayList<>(statements);
    all.addAll(articles);
    for (ModelKind kind : List.of(ModelKind.ARTICLES, ModelKind.STATEMENTS)) {
      ReliabilityModel model = ReliabilityModelJson.readDefault(kind);
      ReliabilityFeaturizer f = new ReliabilityFeaturizer(model.features());
      double[] weights = model.weights().toDense(model.dimension());
      for (String text : all) {
        FeatureVector vector = f.vectorize(text);
        assertThat(f.dot(text, weights))
            .as("%s: %s", kind, text)
            .isCloseTo(
                vector.dot(weights),
                within(FastVectorizeMatchesTermsTest.roundingTolerance(vector, weights)));
      }
    }
  }

  @Test
  void vectorsWithWordsAreTheVectorsAndTheDistinctWordsOnStatementsAndArticles() throws Exception {
    ReliabilityFeaturizer f =
        new ReliabilityFeaturizer(ReliabilityModelJson.readDefault(ModelKind.ARTICLES).features());
    List<String> all = new ArrayList<>(statements);
    all.addAll(articles);
    for (String text : all) {
      List<String> words = new ArrayList<>();
      assertThat(f.vectorize(text, words)).as(text).isEqualTo(f.vectorize(text));
      assertThat(words).as(text).doesNotHaveDuplicates();
      assertThat(new HashSet<>(words)).as(text).isEqualTo(f.distinctWords(text));
    }
  }

  @Test
  void valuesOnlyStyleCuesEqualTheFullCuesOnStatementsAndArticles() {
    LexicalStyleAnalyzer style = LexicalStyleAnalyzer.withoutReference();
    WordTokenizer tokenizer = new WordTokenizer();
    List<String> all = new ArrayList<>(statements);
    all.addAll(articles);
    double[] values = new double[LexicalStyleAnalyzer.BODY_CUES];
    int nonZero = 0;
    for (String text : all) {
      TokenOffsets tokens = tokenizer.offsets(text);
      List<StyleCue> cues = style.analyzeBody(text, tokens);
      style.bodyValues(text, tokens, values);
      assertThat(cues).hasSize(LexicalStyleAnalyzer.BODY_CUES);
      for (int i = 0; i < cues.size(); i++) {
        assertThat(cues.get(i).id()).isEqualTo(LexicalStyleAnalyzer.CUE_IDS.get(i));
        assertThat(Double.doubleToRawLongBits(values[i]))
            .as("%s of %s", cues.get(i).id(), text)
            .isEqualTo(Double.doubleToRawLongBits(cues.get(i).value()));
        if (i > 0 && values[i] != 0.0) {
          nonZero++;
        }
      }
    }
    // Every rate cue fires somewhere in these texts, so the comparison is not of zeros only.
    assertThat(nonZero).isGreaterThan(all.size());
  }

  @Test
  void theClaimModelFeaturizerMatchesOn3000Statements() throws Exception {
    FeatureConfig config = LinearClaimDetector.MODEL_FORMAT.readDefault().features();
    assertClaimVectorsMatch(new ClaimFeaturizer(config), statements);
  }

  @Test
  void theSpamModelFeaturizerMatchesOn3000Statements() {
    assertClaimVectorsMatch(
        LinearSpamDetector.featurizer(FeatureConfig.defaults().withHashBits(14)), statements);
  }
}
