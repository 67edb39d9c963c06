package dev.veracity.cli;

import dev.veracity.input.InputException;
import dev.veracity.input.UrlFetcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The inputs a command was given, as the commands that read articles all take them: paths, {@code
 * -}, URLs, directories (expanded to their files) and {@code --inputs-from} lists.
 */
final class InputSources {

  private InputSources() {}

  /** One input after directory expansion, or the error that expanding it gave. */
  record Item(String source, Optional<InputException> failure) {}

  /** Every source with directories expanded; a source that cannot be expanded keeps its place. */
  static List<Item> expand(List<String> sources) {
    List<Item> items = new ArrayList<>();
    for (String source : sources) {
      try {
        expandOne(source).forEach(s -> items.add(new Item(s, Optional.empty())));
      } catch (InputException e) {
        items.add(new Item(source, Optional.of(e)));
      }
    }
    return items;
  }

  /** A directory becomes its regular, non-hidden files in name order; anything else stays. */
  private static List<String> expandOne(String source) throws InputException {
    if (source.equals("-") || UrlFetcher.looksLikeUrl(source)) {
      return List.of(source);
    }
    Path path = Path.of(source);
    if (!Files.isDirectory(path)) {
      return List.of(source);
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
      for (Path p : entries) {
        if (Files.isRegularFile(p) && !p.getFileName().toString().startsWith(".")) {
          files.add(p);
        }
      }
    } catch (IOException e) {
      throw new InputException(
          InputException.Code.UNREADABLE, source, "cannot list directory: " + e.getMessage(), e);
    }
    if (files.isEmpty()) {
      throw new InputException(InputException.Code.EMPTY, source, "directory has no files");
    }
    files.sort(null);
    return files.stream().map(Path::toString).toList();
  }

  static List<String> readList(Path list) throws InputException {
    String name = list.toString();
    if (!Files.isRegularFile(list)) {
      throw new InputException(InputException.Code.NOT_FOUND, name, "no such input list");
    }
    try {
      List<String> sources = new ArrayList<>();
      for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          sources.add(s);
        }
      }
      return sources;
    } catch (IOException e) {
      throw new InputException(
          InputException.Code.UNREADABLE, name, "cannot read input list: " + e.getMessage(), e);
    }
  }
}
