package dev.veracity.factcheck.imports;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Files an importer reads: a file, or a directory's regular non-hidden files in name order. */
final class InputFiles {

  /** The largest file an importer reads, to cap memory on hostile input. */
  static final long MAX_BYTES = 512L * 1024 * 1024;

  private InputFiles() {}

  static List<Path> expand(Path path, String suffix) throws IOException {
    if (Files.isRegularFile(path)) {
      return List.of(path);
    }
    if (!Files.isDirectory(path)) {
      throw new IOException(path + ": no such file or directory");
    }
    try (Stream<Path> files = Files.list(path)) {
      List<Path> found =
          files
              .filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().startsWith("."))
              .filter(p -> p.getFileName().toString().endsWith(suffix))
              .sorted()
              .toList();
      if (found.isEmpty()) {
        throw new IOException(path + ": no *" + suffix + " files");
      }
      return found;
    }
  }

  /** The file as UTF-8 text; a byte-order mark is dropped. */
  static String read(Path file) throws IOException {
    long size = Files.size(file);
    if (size > MAX_BYTES) {
      throw new IOException(file + ": larger than " + MAX_BYTES + " bytes (" + size + ")");
    }
    return decode(Files.readAllBytes(file), file.toString());
  }

  static String decode(byte[] bytes, String name) throws IOException {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new IOException(name + ": not UTF-8 text", e);
    }
  }
}
