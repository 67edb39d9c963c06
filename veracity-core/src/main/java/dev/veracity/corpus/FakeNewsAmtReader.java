package dev.veracity.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads FakeNewsAMT and Celebrity (Perez-Rosas et al., COLING 2018): one text file per article in
 * {@code <subset>/<fake|legit>/}, for the subsets {@code fakeNewsDataset} and {@code
 * celebrityDataset} that are present.
 *
 * <p>The first non-blank line is the headline and the rest the body. Each FakeNewsAMT fake was
 * written as a fake version of one legitimate item with the same file stem ({@code polit01}), so
 * the group is {@code <subset>/<stem>} and keeps each topic-matched pair together.
 */
public final class FakeNewsAmtReader implements CorpusReader {

  /** The corpus's short name. */
  public static final String NAME = "fakenewsamt-celebrity";

  private static final List<String> SUBSETS = List.of("fakeNewsDataset", "celebrityDataset");
  private static final List<String> LABEL_FOLDERS = List.of("fake", "legit");
  private static final LabelMap DEFAULT_LABELS =
      new LabelMap(Map.of("legit", Reliability.RELIABLE, "fake", Reliability.UNRELIABLE));

  private final LabelMap labels;

  /** A reader with the default label map. */
  public FakeNewsAmtReader() {
    this(DEFAULT_LABELS);
  }

  /** A reader with the given label map. */
  public FakeNewsAmtReader(LabelMap labels) {
    this.labels = labels;
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
    for (String subset : SUBSETS) {
      for (String label : LABEL_FOLDERS) {
        Path folder = corpusDirectory.resolve(subset).resolve(label);
        if (!Files.isDirectory(folder)) {
          continue;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
          files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : files) {
          read.add(file);
          String location = subset + "/" + label + "/" + file.getFileName();
          String content = TextDecoding.decode(Files.readAllBytes(file)).strip();
          if (content.isEmpty()) {
            skipped.add(new Skip(location, "empty file"));
            continue;
          }
          int lineEnd = content.indexOf('\n');
          String title = lineEnd < 0 ? "" : content.substring(0, lineEnd).strip();
          String body = lineEnd < 0 ? content : content.substring(lineEnd + 1).strip();
          String stem = file.getFileName().toString();
          stem = stem.substring(0, stem.indexOf('.') > 0 ? stem.indexOf('.') : stem.length());
          documents.add(
              new LabelledDocument(
                  NAME,
                  subset + "/" + label + "/" + stem,
                  title.isEmpty() ? Optional.empty() : Optional.of(title),
                  body,
                  labels.apply(label),
                  label,
                  subset + "/" + stem));
        }
      }
    }
    if (read.isEmpty()) {
      throw new IOException("no <subset>/<fake|legit>/*.txt files in " + corpusDirectory);
    }
    return new ReadResult(NAME, documents, skipped, read);
  }

  @Override
  public String toString() {
    return "FakeNewsAmtReader" + labels;
  }
}
