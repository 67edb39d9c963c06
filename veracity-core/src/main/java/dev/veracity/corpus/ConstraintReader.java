package dev.veracity.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads CONSTRAINT@AAAI-2021 COVID-19 fake news (Patwa et al. 2021): CSV files {@code
 * Constraint_Train.csv}, {@code Constraint_Val.csv} and, when staged, {@code
 * english_test_with_labels.csv}, with a header {@code id,tweet,label}.
 *
 * <p>{@code real} is reliable and {@code fake} unreliable. The corpus names no account or outlet,
 * so each post is its own group (grouped folds equal random folds here). Ids are {@code
 * <split>/<row id>} with splits {@code train}, {@code val}, {@code test}.
 */
public final class ConstraintReader implements CorpusReader {

  /** The corpus's short name. */
  public static final String NAME = "constraint-covid19";

  /** Split names and their files, in reading order. */
  public static final Map<String, String> SPLIT_FILES =
      Map.of(
          "train", "Constraint_Train.csv",
          "val", "Constraint_Val.csv",
          "test", "english_test_with_labels.csv");

  private static final List<String> ORDER = List.of("train", "val", "test");
  private static final LabelMap DEFAULT_LABELS =
      new LabelMap(Map.of("real", Reliability.RELIABLE, "fake", Reliability.UNRELIABLE));

  private final LabelMap labels;
  private final List<String> splits;

  /** A reader of every present split with the default label map. */
  public ConstraintReader() {
    this(DEFAULT_LABELS, ORDER);
  }

  /** A reader of the given splits ({@code train}, {@code val}, {@code test}). */
  public ConstraintReader(LabelMap labels, List<String> splits) {
    this.labels = labels;
    this.splits = List.copyOf(splits);
    for (String s : this.splits) {
      if (!SPLIT_FILES.containsKey(s)) {
        throw new IllegalArgumentException("splits must be among " + ORDER + ", got " + s);
      }
    }
  }

  /** The default reader restricted to {@code splits}. */
  public static ConstraintReader ofSplits(String... splits) {
    return new ConstraintReader(DEFAULT_LABELS, List.of(splits));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public LabelMap labels() {
    return labels;
  }

  @Override
  public ReadResult read(Path corpusDirectory) throws IOException {
    List<LabelledDocument> documents = new ArrayList<>();
    List<Skip> skipped = new ArrayList<>();
    List<Path> read = new ArrayList<>();
    for (String split : splits) {
      String name = SPLIT_FILES.get(split);
      Path file = corpusDirectory.resolve(name);
      if (!Files.isRegularFile(file)) {
        continue;
      }
      read.add(file);
      List<CsvRecords.Row> rows = CsvRecords.parse(TextDecoding.decode(Files.readAllBytes(file)));
      for (CsvRecords.Row row : rows.subList(Math.min(1, rows.size()), rows.size())) {
        String location = name + ":" + row.line();
        List<String> f = row.fields();
        if (f.size() == 1 && f.get(0).isBlank()) {
          continue;
        }
        if (f.size() != 3) {
          skipped.add(new Skip(location, "expected 3 fields id,tweet,label, got " + f.size()));
          continue;
        }
        String id = f.get(0).strip();
        String text = f.get(1).strip();
        String label = f.get(2).strip();
        if (id.isEmpty() || text.isEmpty() || label.isEmpty()) {
          skipped.add(new Skip(location, "empty id, tweet or label"));
          continue;
        }
        documents.add(
            new LabelledDocument(
                NAME,
                split + "/" + id,
                Optional.empty(),
                text,
                labels.apply(label),
                label,
                "post:" + split + "/" + id));
      }
    }
    if (read.isEmpty()) {
      throw new IOException("no CONSTRAINT csv files for " + splits + " in " + corpusDirectory);
    }
    return new ReadResult(NAME, documents, skipped, read);
  }

  @Override
  public String toString() {
    return "ConstraintReader" + splits + labels;
  }
}
