package dev.veracity.factcheck.imports;

import dev.veracity.factcheck.FactCheck;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Collects what one import reads: the good fact-checks, and each bad record's location with the
 * reason it was rejected. Not thread-safe; one per import.
 */
final class ImportSink {

  /** Parses the text of one input file into a sink. */
  @FunctionalInterface
  interface FileParser {

    /** Adds the records of {@code text}, read from the file called {@code name}. */
    void parse(String name, String text, ImportSink sink);
  }

  /** Builds one fact-check, or says why the record cannot be one. */
  @FunctionalInterface
  interface RecordBuilder {

    /** The fact-check. */
    FactCheck build() throws BadRecordException;
  }

  private final String format;
  private final List<FactCheck> good = new ArrayList<>();
  private final List<Reject> rejects = new ArrayList<>();
  private final List<Path> files = new ArrayList<>();

  /** An empty sink for an import in {@code format}. */
  ImportSink(String format) {
    this.format = Objects.requireNonNull(format, "format");
  }

  /**
   * Parses every file of {@code path} whose name ends with {@code suffix} (or {@code path} itself
   * when it is a file), in name order.
   *
   * @throws IOException when the path cannot be read at all
   */
  static ImportResult readEach(String format, Path path, String suffix, FileParser parser)
      throws IOException {
    ImportSink sink = new ImportSink(format);
    for (Path file : InputFiles.expand(path, suffix)) {
      sink.files.add(file);
      parser.parse(file.getFileName().toString(), InputFiles.read(file), sink);
    }
    return sink.result();
  }

  /** Adds the fact-check made of {@code fields}, or rejects the record at {@code location}. */
  void add(Map<String, String> fields, Optional<String> reviewer, String location) {
    add(() -> Fields.toFactCheck(fields, reviewer, format), location);
  }

  /** Adds the fact-check {@code record} builds, or rejects the record at {@code location}. */
  void add(RecordBuilder record, String location) {
    try {
      good.add(record.build());
    } catch (BadRecordException e) {
      rejects.add(new Reject(location, e.getMessage()));
    }
  }

  /** Rejects the record at {@code location} for {@code reason}. */
  void reject(String location, String reason) {
    rejects.add(new Reject(location, reason));
  }

  /** Records that {@code file} was read, for an importer that opens its own files. */
  void read(Path file) {
    files.add(file);
  }

  /** What was read so far. */
  ImportResult result() {
    return new ImportResult(format, good, rejects, files);
  }
}
