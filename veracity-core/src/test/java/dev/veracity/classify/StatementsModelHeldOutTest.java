package dev.veracity.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.veracity.corpus.ConstraintReader;
import dev.veracity.corpus.LabelledDocument;
import dev.veracity.corpus.ReadResult;
import dev.veracity.corpus.Reliability;
import dev.veracity.eval.BinaryMetrics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scores the CONSTRAINT validation split, which the committed statements model never saw, and
 * requires it to beat the majority class ("real", 1,120 of 2,140 posts, accuracy 0.5234) by at
 * least 0.30 accuracy, and to be calibrated within ECE 0.10.
 */
class StatementsModelHeldOutTest {

  private static Path datasets() {
    String dir = System.getProperty("veracity.datasets", "");
    Path p = Path.of(dir.isEmpty() ? "../../shared/datasets" : dir);
    assumeTrue(
        Files.isRegularFile(p.resolve("constraint-covid19").resolve("Constraint_Val.csv")),
        "CONSTRAINT validation split not found under "
            + p.toAbsolutePath()
            + "; skipping the held-out reliability evaluation");
    return p;
  }

  @Test
  void theStatementsModelBeatsTheMajorityClassOnConstraintValidation() throws Exception {
    ReadResult read =
        ConstraintReader.ofSplits("val").read(datasets().resolve(ConstraintReader.NAME));
    List<LabelledDocument> docs = read.documents();
    LinearReliabilityClassifier classifier =
        LinearReliabilityClassifier.withDefaultModel(ModelKind.STATEMENTS);
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
    assertThat(BinaryMetrics.accuracy(p, y, 0.5)).isGreaterThanOrEqualTo(majority + 0.30);
    assertThat(BinaryMetrics.expectedCalibrationError(p, y)).isLessThanOrEqualTo(0.10);
  }
}
