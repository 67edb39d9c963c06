package dev.veracity.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.veracity.corpus.ConstraintReader;
import dev.veracity.corpus.LabelledDocument;
import dev.veracity.corpus.LiarReader;
import dev.veracity.corpus.Reliability;
import dev.veracity.eval.BinaryMetrics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scores the validation splits of CONSTRAINT and LIAR, which the committed short-text models and
 * router never saw: the posts model must beat the CONSTRAINT majority class ("real", 1,120 of 2,140
 * posts, accuracy 0.5234) by at least 0.40 accuracy within ECE 0.05, and the router must send
 * nearly every post to the posts model and every statement to the statements model.
 */
class ShortTextModelsHeldOutTest {

  private static Path datasets() {
    String dir = System.getProperty("veracity.datasets", "");
    Path p = Path.of(dir.isEmpty() ? "../../shared/datasets" : dir);
    assumeTrue(
        Files.isRegularFile(p.resolve("constraint-covid19").resolve("Constraint_Val.csv"))
            && Files.isRegularFile(p.resolve("liar").resolve("valid.tsv")),
        "CONSTRAINT or LIAR validation split not found under "
            + p.toAbsolutePath()
            + "; skipping the held-out short-text evaluation");
    return p;
  }

  private static List<LabelledDocument> constraintVal() throws Exception {
    return ConstraintReader.ofSplits("val")
        .read(datasets().resolve(ConstraintReader.NAME))
        .documents();
  }

  @Test
  void thePostsModelBeatsTheMajorityClassOnConstraintValidation() throws Exception {
    List<LabelledDocument> docs = constraintVal();
    LinearReliabilityClassifier classifier =
        LinearReliabilityClassifier.withDefaultModel(ModelKind.POSTS);
    double[] p = new double[docs.size()];
    int[] y = new int[docs.size()];
    int unreliable = 0;
    for (int i = 0; i < p.length; i++) {
      p[i] = classifier.probability(docs.get(i).text());
      y[i] = docs.get(i).label().orElseThrow() == Reliability.UNRELIABLE ? 1 : 0;
      unreliable += y[i];
    }
    double majority = Math.max(unreliable, p.length - unreliable) / (double) p.length;

    assertThat(p.length).isEqualTo(2_140);
    assertThat(BinaryMetrics.accuracy(p, y, 0.5)).isGreaterThanOrEqualTo(majority + 0.40);
    assertThat(BinaryMetrics.expectedCalibrationError(p, y)).isLessThanOrEqualTo(0.05);
  }

  @Test
  void theRouterSendsAtLeast97PercentOfConstraintValidationPostsToThePostsModel() throws Exception {
    List<LabelledDocument> docs = constraintVal();
    ShortTextRouter router = ShortTextRouter.defaults();
    long posts = docs.stream().filter(d -> router.route(d.text()) == ModelKind.POSTS).count();

    assertThat(posts / (double) docs.size()).isGreaterThanOrEqualTo(0.97);
  }

  @Test
  void theRouterSendsAtLeast99PercentOfLiarValidationStatementsToTheStatementsModel()
      throws Exception {
    List<LabelledDocument> docs =
        LiarReader.ofSplits("valid").read(datasets().resolve(LiarReader.NAME)).documents();
    ShortTextRouter router = ShortTextRouter.defaults();
    long statements =
        docs.stream().filter(d -> router.route(d.text()) == ModelKind.STATEMENTS).count();

    assertThat(statements / (double) docs.size()).isGreaterThanOrEqualTo(0.99);
  }
}
