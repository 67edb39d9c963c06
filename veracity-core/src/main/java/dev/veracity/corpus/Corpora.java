package dev.veracity.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The readers for the full-text article corpora staged under one datasets directory. */
public final class Corpora {

  private Corpora() {}

  /** One reader per article corpus, in a fixed order, with default label maps. */
  public static List<CorpusReader> articleReaders() {
    return List.of(
        new BuzzFeedWebisReader(),
        new FakeNewsNetReader(),
        new Horne2017Reader(),
        new FakeNewsAmtReader());
  }

  /** One reader per short-statement corpus (LIAR binary, CONSTRAINT), with default label maps. */
  public static List<CorpusReader> statementReaders() {
    return List.of(new LiarReader(), new ConstraintReader());
  }

  /** The article or statement reader named {@code name}, if there is one. */
  public static Optional<CorpusReader> reader(String name) {
    return Stream.concat(articleReaders().stream(), statementReaders().stream())
        .filter(r -> r.name().equals(name))
        .findFirst();
  }

  /**
   * Reads every corpus in {@code readers} from {@code datasets/<name>/}.
   *
   * @throws IOException when a corpus folder is missing or unreadable
   */
  public static List<ReadResult> readAll(Path datasets, List<CorpusReader> readers)
      throws IOException {
    List<ReadResult> results = new ArrayList<>();
    for (CorpusReader reader : readers) {
      results.add(reader.read(datasets.resolve(reader.name())));
    }
    return results;
  }
}
