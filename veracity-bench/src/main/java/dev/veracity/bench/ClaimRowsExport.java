package dev.veracity.bench;

import dev.veracity.train.CheckworthyExperiment;
import dev.veracity.train.TrainerConfig;
import dev.veracity.train.data.CheckworthyCorpora;
import dev.veracity.train.data.DebateLine;
import dev.veracity.train.data.LabeledSentence;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the rows of the check-worthiness experiments (ClaimBuster + CheckThat! 2019, in the order
 * {@link ClaimContextExperiment} reads them) as tab-separated lines {@code speaker, outer fold,
 * label, source, group, text}, so that scripts (scikit-learn probes) use the same rows and the same
 * outer folds as the Java protocol. Tabs and line breaks inside fields become spaces; the speaker
 * is empty for ClaimBuster rows.
 *
 * <p>Usage: {@code java -cp veracity-bench/target/benchmarks.jar dev.veracity.bench.ClaimRowsExport
 * DATASETS_DIR OUT.tsv}.
 */
public final class ClaimRowsExport {

  private ClaimRowsExport() {}

  /** Writes the file. */
  public static void main(String[] args) throws Exception {
    Path datasets = Path.of(args[0]);
    List<String> corpora =
        List.of(CheckworthyCorpora.CLAIMBUSTER, CheckworthyCorpora.CHECKTHAT_2019);
    List<LabeledSentence> data = CheckworthyExperiment.load(datasets, corpora).sentences();
    int[] fold = CheckworthyExperiment.outerFolds(data, TrainerConfig.defaults(13));
    List<DebateLine> lines = CheckworthyCorpora.checkThat2019Lines(datasets);
    int k = 0;
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1])))) {
      for (int i = 0; i < data.size(); i++) {
        LabeledSentence s = data.get(i);
        String speaker = "";
        if (s.source().equals(CheckworthyCorpora.CHECKTHAT_2019)) {
          DebateLine line = lines.get(k++);
          if (!line.text().equals(s.text())) {
            throw new IllegalStateException("debate lines out of step with sentences at row " + i);
          }
          speaker = line.speaker();
        }
        out.println(
            String.join(
                "\t",
                field(speaker),
                Integer.toString(fold[i]),
                Integer.toString(s.label()),
                s.source(),
                field(s.group()),
                field(s.text())));
      }
    }
    System.err.println("wrote " + data.size() + " rows to " + args[1]);
  }

  private static String field(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
