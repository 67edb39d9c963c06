package dev.veracity.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.veracity.classify.ModelKind;
import dev.veracity.corpus.BuzzFeedWebisReader;
import dev.veracity.corpus.ConstraintReader;
import dev.veracity.corpus.CorpusReader;
import dev.veracity.corpus.LabelledDocument;
import dev.veracity.corpus.LiarReader;
import dev.veracity.corpus.Reliability;
import dev.veracity.train.GroupedFolds;
import dev.veracity.train.ReliabilityExperiment;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veracity export reliability}: writes the evaluation splits as JSON lines. */
@Command(
    name = "reliability",
    mixinStandardHelpOptions = true,
    description = {
      "Write the reliability evaluation splits as JSON lines (id, title, text, label, group, fold5)"
          + " so that baselines see exactly the same data: constraint-train/val, liar-train/valid,"
          + " buzzfeed-webis (group = portal; fold5 = seeded random 5 folds), articles (the"
          + " pooled article training data), pooled5 (articles, constraint-train and liar-train,"
          + " for the cross-corpus matrix)."
    })
final class ExportReliabilityCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--datasets", required = true, description = "The shared datasets directory.")
  Path datasets;

  @Option(names = "--out", required = true, description = "The folder to write to.")
  Path out;

  @Option(names = "--seed", defaultValue = "13", description = "Seed of fold5.")
  long seed;

  @Override
  public Integer call() throws Exception {
    PrintWriter stdout = spec.commandLine().getOut();
    Files.createDirectories(out);
    write("constraint-train", List.of(ConstraintReader.ofSplits("train")));
    write("constraint-val", List.of(ConstraintReader.ofSplits("val")));
    write("liar-train", List.of(LiarReader.ofSplits("train")));
    write("liar-valid", List.of(LiarReader.ofSplits("valid")));
    write("buzzfeed-webis", List.of(new BuzzFeedWebisReader()));
    write("articles", ReliabilityExperiment.readers(ModelKind.ARTICLES));
    List<CorpusReader> pooled = new ArrayList<>(ReliabilityExperiment.readers(ModelKind.ARTICLES));
    pooled.add(ConstraintReader.ofSplits("train"));
    pooled.add(LiarReader.ofSplits("train"));
    write("pooled5", pooled);
    stdout.println("wrote 7 files to " + out);
    return VeracityCli.EXIT_OK;
  }

  private void write(String name, List<CorpusReader> readers) throws IOException {
    List<LabelledDocument> docs = ReliabilityExperiment.load(datasets, readers).documents();
    List<String> ids = docs.stream().map(d -> d.corpus() + "/" + d.id()).toList();
    int[] fold = GroupedFolds.assign(ids, 5, seed);
    ObjectMapper mapper = new ObjectMapper();
    try (BufferedWriter w =
        Files.newBufferedWriter(out.resolve(name + ".jsonl"), StandardCharsets.UTF_8)) {
      for (int i = 0; i < docs.size(); i++) {
        LabelledDocument d = docs.get(i);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", d.corpus() + "/" + d.id());
        d.title().ifPresent(t -> row.put("title", t));
        row.put("text", d.text());
        row.put("label", d.label().map(Reliability::id).orElseThrow());
        row.put("original_label", d.originalLabel());
        row.put("group", d.corpus() + "|" + d.group());
        row.put("fold5", "fold" + fold[i]);
        w.write(mapper.writeValueAsString(row));
        w.write('\n');
      }
    }
  }
}
