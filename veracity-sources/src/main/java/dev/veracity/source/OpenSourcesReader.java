package dev.veracity.source;

import dev.veracity.corpus.FileDigests;
import dev.veracity.corpus.Skip;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the OpenSources list (Zimdars et al., 2017): {@code sources.csv}, one row per domain with
 * up to three type labels and free-text notes.
 *
 * <p>Labels are trimmed and case-folded and the known misspellings are repaired ({@code fake news},
 * {@code unrealiable}, {@code satirical}); rows naming the same site are merged, labels in order of
 * first appearance and notes joined with {@code " | "}. A row's category is the first of its
 * labels' categories in the order conspiracy/pseudoscience, unreliable, satire, state media,
 * reliable, mixed: the weak labels (bias, political, clickbait) decide only when nothing else does.
 * Mapping table: docs/SOURCES.md. Thread-safe.
 */
public final class OpenSourcesReader implements SourceListReader {

  /** The list's short name. */
  public static final String NAME = "opensources";

  /** The data file read. */
  public static final String FILE = "sources.csv";

  /** SHA-256 of {@code sources.csv} at OpenSourcesGroup/opensources@2fb428d (2017-04-28). */
  static final String KNOWN_SHA256 =
      "47221dbe49a118f5a73f178f4748e7e05df99ccf46af239f8ff4043a91a918af";

  private static final List<SourceCategory> LABEL_PRECEDENCE =
      List.of(
          SourceCategory.CONSPIRACY_PSEUDOSCIENCE,
          SourceCategory.UNRELIABLE,
          SourceCategory.SATIRE,
          SourceCategory.STATE_MEDIA,
          SourceCategory.RELIABLE,
          SourceCategory.MIXED);

  private static final Map<String, SourceCategory> CATEGORIES =
      Map.ofEntries(
          Map.entry("fake", SourceCategory.UNRELIABLE),
          Map.entry("unreliable", SourceCategory.UNRELIABLE),
          Map.entry("rumor", SourceCategory.UNRELIABLE),
          Map.entry("hate", SourceCategory.UNRELIABLE),
          Map.entry("conspiracy", SourceCategory.CONSPIRACY_PSEUDOSCIENCE),
          Map.entry("junksci", SourceCategory.CONSPIRACY_PSEUDOSCIENCE),
          Map.entry("satire", SourceCategory.SATIRE),
          Map.entry("state", SourceCategory.STATE_MEDIA),
          Map.entry("reliable", SourceCategory.RELIABLE),
          Map.entry("bias", SourceCategory.MIXED),
          Map.entry("political", SourceCategory.MIXED),
          Map.entry("clickbait", SourceCategory.MIXED));

  private static final Map<String, String> SPELLINGS =
      Map.of("fake news", "fake", "unrealiable", "unreliable", "satirical", "satire");

  @Override
  public SourceList read(Path folder) throws IOException {
    Path file = folder.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw new IOException("OpenSources list not found: " + file);
    }
    String sha = FileDigests.sha256(file);
    Map<String, Row> rows = new LinkedHashMap<>();
    List<Skip> skipped = new ArrayList<>();
    CSVFormat format = CSVFormat.RFC4180.builder().get();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(in, format)) {
      boolean header = true;
      for (CSVRecord record : parser) {
        if (header) {
          header = false;
          continue;
        }
        String location = FILE + ":" + record.getRecordNumber();
        read(record, location, rows, skipped);
      }
    }
    List<SourceRating> ratings = new ArrayList<>();
    for (Row row : rows.values()) {
      row.rating(skipped).ifPresent(ratings::add);
    }
    ListSnapshot snapshot =
        new ListSnapshot(
            NAME,
            version(folder),
            sha.equals(KNOWN_SHA256) ? "2017-04-28" : "unknown",
            sha.equals(KNOWN_SHA256)
                ? "OpenSourcesGroup/opensources@2fb428d0e132baae5ed8ab034d4eafbe9dc77cbb"
                : "OpenSources (unrecognised copy)",
            "LGPL-3.0 (repository LICENSE)",
            Map.of(FILE, sha),
            ratings.size(),
            skipped.size());
    return new SourceList(
        snapshot, ratings.stream().map(r -> r.withSnapshot(snapshot)).toList(), skipped);
  }

  private static void read(
      CSVRecord record, String location, Map<String, Row> rows, List<Skip> skipped) {
    String rawDomain = field(record, 0);
    // The list has one entry with a space inside the name ("Silver-Coin-Investor. com").
    String domain = rawDomain.replaceAll("\\s+", "");
    SourceAddress address;
    try {
      address = SourceAddress.parse(domain);
    } catch (NotADomainException e) {
      skipped.add(new Skip(location, "'" + rawDomain + "': " + e.getMessage()));
      return;
    }
    List<String> labels = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      String label = field(record, i);
      if (!label.isBlank()) {
        labels.add(label);
      }
    }
    String notes = field(record, 4).strip();
    Row existing = rows.get(address.siteKey());
    if (existing != null) {
      skipped.add(
          new Skip(
              location,
              "duplicate of " + existing.location + " (" + address.siteKey() + "): labels merged"));
      existing.add(labels, notes);
    } else {
      Row row = new Row(address, location);
      row.add(labels, notes);
      rows.put(address.siteKey(), row);
    }
  }

  /** The canonical form of an OpenSources label, e.g. {@code "Fake News "} to {@code "fake"}. */
  static String normalise(String label) {
    String key = label.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return SPELLINGS.getOrDefault(key, key);
  }

  private static String field(CSVRecord record, int i) {
    return i < record.size() ? record.get(i) : "";
  }

  private static String version(Path folder) throws IOException {
    Path notes = folder.resolve("releasenotes.txt");
    if (!Files.isRegularFile(notes)) {
      return "unknown";
    }
    return Files.readAllLines(notes, StandardCharsets.UTF_8).stream()
        .map(String::strip)
        .filter(l -> !l.isEmpty())
        .findFirst()
        .orElse("unknown");
  }

  /** One site's labels and notes, merged over duplicate rows. */
  private static final class Row {
    private final SourceAddress address;
    private final String location;
    private final List<String> original = new ArrayList<>();
    private final Set<String> labels = new LinkedHashSet<>();
    private final Set<String> notes = new LinkedHashSet<>();

    Row(SourceAddress address, String location) {
      this.address = address;
      this.location = location;
    }

    void add(List<String> rowLabels, String rowNotes) {
      for (String label : rowLabels) {
        if (labels.add(normalise(label))) {
          original.add(label);
        }
      }
      if (!rowNotes.isEmpty()) {
        notes.add(rowNotes);
      }
    }

    Optional<SourceRating> rating(List<Skip> skipped) {
      Optional<SourceCategory> category =
          LABEL_PRECEDENCE.stream()
              .filter(c -> labels.stream().anyMatch(l -> CATEGORIES.get(l) == c))
              .findFirst();
      if (category.isEmpty()) {
        skipped.add(new Skip(location, "no known type among " + original));
        return Optional.empty();
      }
      Optional<Bias> bias =
          labels.contains("bias")
              ? Optional.of(Bias.HYPERPARTISAN)
              : labels.contains("political") ? Optional.of(Bias.PARTISAN) : Optional.empty();
      ListSnapshot unfinished = ListSnapshot.reading(NAME);
      return Optional.of(
          new SourceRating(
              address.siteHost(),
              address.section(),
              category.get(),
              bias,
              Optional.empty(),
              notes.isEmpty() ? Optional.empty() : Optional.of(String.join(" | ", notes)),
              original,
              Optional.empty(),
              Optional.empty(),
              location,
              unfinished));
    }
  }
}
