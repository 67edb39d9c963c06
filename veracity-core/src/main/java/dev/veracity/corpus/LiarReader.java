package dev.veracity.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads LIAR (Wang 2017): tab-separated PolitiFact statements in {@code train.tsv}, {@code
 * valid.tsv} and {@code test.tsv}, 14 fields, no header, no quoting.
 *
 * <p>The six Truth-O-Meter labels map to two classes: {@code pants-fire}, {@code false} and {@code
 * barely-true} are unreliable; {@code half-true}, {@code mostly-true} and {@code true} reliable
 * (the usual binary split of the benchmark). The group is the speaker, so one speaker's statements
 * stay in one fold. Ids are {@code <split>/<statement id>}. The speaker credit-history columns
 * (9-13) count the current statement and leak its label, so they are never read.
 */
public final class LiarReader implements CorpusReader {

  /** The corpus's short name. */
  public static final String NAME = "liar";

  /** The split files, in reading order. */
  public static final List<String> SPLITS = List.of("train", "valid", "test");

  private static final int FIELDS = 14;
  private static final LabelMap DEFAULT_LABELS =
      new LabelMap(
          Map.of(
              "pants-fire", Reliability.UNRELIABLE,
              "false", Reliability.UNRELIABLE,
              "barely-true", Reliability.UNRELIABLE,
              "half-true", Reliability.RELIABLE,
              "mostly-true", Reliability.RELIABLE,
              "true", Reliability.RELIABLE));

  private final LabelMap labels;
  private final List<String> splits;

  /** A reader of every present split with the default binary label map. */
  public LiarReader() {
    this(DEFAULT_LABELS, SPLITS);
  }

  /** A reader of the given splits (subset of {@link #SPLITS}) with the given label map. */
  public LiarReader(LabelMap labels, List<String> splits) {
    this.labels = labels;
    this.splits = List.copyOf(splits);
    for (String s : this.splits) {
      if (!SPLITS.contains(s)) {
        throw new IllegalArgumentException("splits must be among " + SPLITS + ", got " + s);
      }
    }
  }

  /** The default reader restricted to {@code splits}. */
  public static LiarReader ofSplits(String... splits) {
    return new LiarReader(DEFAULT_LABELS, List.of(splits));
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
      Path file = corpusDirectory.resolve(split + ".tsv");
      if (!Files.isRegularFile(file)) {
        continue;
      }
      read.add(file);
      String[] lines = TextDecoding.decode(Files.readAllBytes(file)).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        String location = split + ".tsv:" + (i + 1);
        if (lines[i].isBlank()) {
          continue;
        }
        String[] f = lines[i].split("\t", -1);
        if (f.length != FIELDS) {
          skipped.add(new Skip(location, "expected " + FIELDS + " fields, got " + f.length));
          continue;
        }
        String id = f[0].strip();
        String label = f[1].strip();
        String statement = f[2].strip();
        if (id.isEmpty() || label.isEmpty() || statement.isEmpty()) {
          skipped.add(new Skip(location, "empty id, label or statement"));
          continue;
        }
        String speaker = f[4].strip();
        documents.add(
            new LabelledDocument(
                NAME,
                split + "/" + id,
                Optional.empty(),
                statement,
                labels.apply(label),
                label,
                speaker.isEmpty() ? "speaker:(none)" : "speaker:" + speaker));
      }
    }
    if (read.isEmpty()) {
      throw new IOException("no " + splits + " .tsv files in " + corpusDirectory);
    }
    return new ReadResult(NAME, documents, skipped, read);
  }

  @Override
  public String toString() {
    return "LiarReader" + splits + labels;
  }
}
