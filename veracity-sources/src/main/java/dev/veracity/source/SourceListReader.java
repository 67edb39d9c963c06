package dev.veracity.source;

import java.io.IOException;
import java.nio.file.Path;

/** Reads one rating list from its folder. Implementations are stateless and thread-safe. */
public interface SourceListReader {

  /**
   * Reads the list.
   *
   * @param folder the list's folder, e.g. {@code <datasets>/opensources}
   * @throws IOException when a file is missing or unreadable, or the list is malformed
   */
  SourceList read(Path folder) throws IOException;
}
