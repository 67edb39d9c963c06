package dev.veracity.corpus;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads FakeNewsNet's minimal CSV release (Shu et al. 2018): files named {@code
 * <source>_<label>.csv} (e.g. {@code politifact_fake.csv}) with columns {@code
 * id,news_url,title,tweet_ids}.
 *
 * <p>These files carry headlines and URLs only: documents have a title and an empty text. The group
 * is the host of {@code news_url} without {@code www.} ("(no url)" when empty); the host alone
 * leaks the label, so group by it. Also reads {@code fakenewsnet-upfd-subset}, which has the same
 * format.
 */
public final class FakeNewsNetReader implements CorpusReader {

  /** The corpus's short name. */
  public static final String NAME = "fakenewsnet";

  private static final Pattern FILE_NAME = Pattern.compile("([a-z]+)_(fake|real)\\.csv");
  private static final String[] COLUMNS = {"id", "news_url", "title", "tweet_ids"};
  private static final LabelMap DEFAULT_LABELS =
      new LabelMap(Map.of("fake", Reliability.UNRELIABLE, "real", Reliability.RELIABLE));

  private final String name;
  private final LabelMap labels;

  /** A reader for {@code fakenewsnet} with the default label map. */
  public FakeNewsNetReader() {
    this(NAME, DEFAULT_LABELS);
  }

  /**
   * A reader for a corpus in FakeNewsNet's CSV format.
   *
   * @param name the corpus's short name, e.g. {@code fakenewsnet-upfd-subset}
   * @param labels how {@code fake} and {@code real} map
   */
  public FakeNewsNetReader(String name, LabelMap labels) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank, got '" + name + "'");
    }
    this.name = name;
    this.labels = labels;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public LabelMap labels() {
    return labels;
  }

  @Override
  public ReadResult read(Path corpusDirectory) throws IOException {
    if (!Files.isDirectory(corpusDirectory)) {
      throw new IOException("not a directory: " + corpusDirectory);
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(corpusDirectory)) {
      files =
          listing
              .filter(p -> FILE_NAME.matcher(p.getFileName().toString()).matches())
              .sorted()
              .toList();
    }
    if (files.isEmpty()) {
      throw new IOException("no <source>_<fake|real>.csv files in " + corpusDirectory);
    }
    List<LabelledDocument> documents = new ArrayList<>();
    List<Skip> skipped = new ArrayList<>();
    for (Path file : files) {
      Matcher m = FILE_NAME.matcher(file.getFileName().toString());
      if (!m.matches()) {
        throw new IllegalStateException("filtered above: " + file);
      }
      readFile(file, m.group(1), m.group(2), documents, skipped);
    }
    return new ReadResult(name, documents, skipped, files);
  }

  private void readFile(
      Path file, String source, String label, List<LabelledDocument> out, List<Skip> skipped)
      throws IOException {
    String fileName = file.getFileName().toString();
    CSVFormat format =
        CSVFormat.RFC4180.builder().setHeader(COLUMNS).setSkipHeaderRecord(true).get();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(in, format)) {
      for (CSVRecord row : parser) {
        String location = fileName + ":" + parser.getCurrentLineNumber();
        if (row.size() != COLUMNS.length) {
          skipped.add(
              new Skip(location, "expected " + COLUMNS.length + " columns, got " + row.size()));
          continue;
        }
        String id = row.get("id").strip();
        String title = row.get("title").strip();
        if (id.isEmpty()) {
          skipped.add(new Skip(location, "empty id"));
        } else if (title.isEmpty()) {
          skipped.add(new Skip(location, "empty title"));
        } else {
          out.add(
              new LabelledDocument(
                  name,
                  id,
                  Optional.of(title),
                  "",
                  labels.apply(label),
                  source + "_" + label,
                  host(row.get("news_url"))));
        }
      }
    } catch (UncheckedIOException e) {
      // Commons CSV reports a malformed file (e.g. an unterminated quote) this way; the rest of
      // the file cannot be resynchronised, so the remainder is skipped as one unit.
      skipped.add(new Skip(fileName, "unreadable CSV from here on: " + e.getMessage()));
    }
  }

  /** The host of a URL given with or without a scheme, lower-case and without {@code www.}. */
  static String host(String url) {
    String rest = url.strip().toLowerCase(Locale.ROOT);
    int scheme = rest.indexOf("://");
    if (scheme >= 0) {
      rest = rest.substring(scheme + 3);
    }
    int end = 0;
    while (end < rest.length() && "/?#:".indexOf(rest.charAt(end)) < 0) {
      end++;
    }
    String host = rest.substring(0, end);
    if (host.startsWith("www.")) {
      host = host.substring(4);
    }
    return host.isEmpty() ? "(no url)" : host;
  }

  @Override
  public String toString() {
    return "FakeNewsNetReader(" + name + ")" + labels;
  }
}
