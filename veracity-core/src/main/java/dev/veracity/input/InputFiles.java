package dev.veracity.input;

import java.nio.file.Path;

/** Reads and decodes one file under the given caps: the common path of a file input. */
public final class InputFiles {

  private InputFiles() {}

  /**
   * The decoded text of {@code file}, named by its path.
   *
   * @throws InputException when the file is missing, unreadable, too large, binary or empty
   */
  public static DecodedInput decode(Path file, InputLimits limits) throws InputException {
    RawInput raw = new InputReader(limits).readFile(file, file.toString());
    return new InputDecoder(limits).decode(raw);
  }
}
