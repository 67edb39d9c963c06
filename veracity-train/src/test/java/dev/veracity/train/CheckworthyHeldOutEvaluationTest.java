package dev.veracity.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.veracity.claim.LinearClaimDetector;
import dev.veracity.eval.BinaryMetrics;
import dev.veracity.text.WordTokenizer;
import dev.veracity.train.data.CheckworthyCorpora;
import dev.veracity.train.data.LabeledSentence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Evaluates the committed default model on corpora it was never trained on: the CheckThat! 2020
 * COVID-19 tweets (train and dev parts) and ClaimBuster's 2020 debate sample. The model must beat a
 * majority-class baseline (constant score: AP equals the positive rate, ROC-AUC 0.5) and a
 * length-only baseline (score = number of tokens) by stated margins.
 */
class CheckworthyHeldOutEvaluationTest {

  private static Path datasets() {
    String dir = System.getProperty("veracity.datasets", "");
    Path p = Path.of(dir.isEmpty() ? "../../shared/datasets" : dir);
    assumeTrue(
        Files.isDirectory(p.resolve("checkthat-2019-2020")),
        "shared datasets not found at "
            + p.toAbsolutePath()
            + "; skipping the held-out evaluation");
    return p;
  }

  private record Scores(double[] model, double[] length, int[] labels) {}

  private static Scores score(List<LabeledSentence> data) throws Exception {
    LinearClaimDetector detector = LinearClaimDetector.withDefaultModel();
    WordTokenizer tokenizer = new WordTokenizer();
    double[] model = new double[data.size()];
    double[] length = new double[data.size()];
    int[] labels = new int[data.size()];
    for (int i = 0; i < model.length; i++) {
      model[i] = detector.score(data.get(i).text()).probability();
      length[i] = tokenizer.tokenize(data.get(i).text()).size();
      labels[i] = data.get(i).label();
    }
    return new Scores(model, length, labels);
  }

  private static double positiveRate(int[] labels) {
    return java.util.Arrays.stream(labels).average().orElseThrow();
  }

  @Test
  void onUnseenCovidTweetsTheModelBeatsMajorityAndLengthBaselines() throws Exception {
    Scores s = score(CheckworthyCorpora.read(datasets(), CheckworthyCorpora.TWEETS_2020));
    double ap = BinaryMetrics.averagePrecision(s.model(), s.labels());
    double auc = BinaryMetrics.rocAuc(s.model(), s.labels());
    assertThat(ap).isGreaterThan(positiveRate(s.labels()) + MARGIN_TWEETS_AP);
    assertThat(ap)
        .isGreaterThan(
            BinaryMetrics.averagePrecision(s.length(), s.labels()) + MARGIN_TWEETS_AP_LENGTH);
    assertThat(auc).isGreaterThan(0.5 + MARGIN_TWEETS_AUC);
    assertThat(auc)
        .isGreaterThan(BinaryMetrics.rocAuc(s.length(), s.labels()) + MARGIN_TWEETS_AUC_LENGTH);
  }

  @Test
  void onTheUnseen2020DebateTheModelBeatsMajorityAndLengthBaselines() throws Exception {
    Scores s = score(CheckworthyCorpora.read(datasets(), CheckworthyCorpora.CLAIMBUSTER_2020));
    double ap = BinaryMetrics.averagePrecision(s.model(), s.labels());
    double auc = BinaryMetrics.rocAuc(s.model(), s.labels());
    assertThat(ap).isGreaterThan(positiveRate(s.labels()) + MARGIN_DEBATE_AP);
    assertThat(ap)
        .isGreaterThan(
            BinaryMetrics.averagePrecision(s.length(), s.labels()) + MARGIN_DEBATE_AP_LENGTH);
    assertThat(auc).isGreaterThan(0.5 + MARGIN_DEBATE_AUC);
    assertThat(auc)
        .isGreaterThan(BinaryMetrics.rocAuc(s.length(), s.labels()) + MARGIN_DEBATE_AUC_LENGTH);
  }

  // Margins stated up front; measured on 2026-11-25 with the committed model: tweets AP 0.550 vs
  // positive rate 0.359 and length-only 0.457, ROC-AUC 0.725 vs length-only 0.669; 2020 debate AP
  // 0.933 vs rate 0.510 and length-only 0.667, ROC-AUC 0.936 vs length-only 0.739.
  private static final double MARGIN_TWEETS_AP = 0.10;
  private static final double MARGIN_TWEETS_AP_LENGTH = 0.04;
  private static final double MARGIN_TWEETS_AUC = 0.15;
  private static final double MARGIN_TWEETS_AUC_LENGTH = 0.02;
  private static final double MARGIN_DEBATE_AP = 0.30;
  private static final double MARGIN_DEBATE_AP_LENGTH = 0.15;
  private static final double MARGIN_DEBATE_AUC = 0.30;
  private static final double MARGIN_DEBATE_AUC_LENGTH = 0.10;
}
