package dev.veracity.corpus;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads one labelled public corpus from its staged folder.
 *
 * <p>Implementations are stateless and thread-safe. Bad rows are skipped and reported in {@link
 * ReadResult#skipped()}; a missing or unreadable folder is an {@link IOException}.
 */
public interface CorpusReader {

  /** The corpus's short name, which is also its folder name under the datasets directory. */
  String name();

  /** How this reader maps the corpus's labels. */
  LabelMap labels();

  /**
   * Reads the corpus.
   *
   * @param corpusDirectory the corpus's own folder, e.g. {@code datasets/horne2017}
   */
  ReadResult read(Path corpusDirectory) throws IOException;
}
