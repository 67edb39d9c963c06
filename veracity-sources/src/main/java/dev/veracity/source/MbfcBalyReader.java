package dev.veracity.source;

import dev.veracity.corpus.FileDigests;
import dev.veracity.corpus.Skip;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one version of the Media Bias/Fact Check labels published by Baly et al. (EMNLP 2018, ACL
 * 2020): {@code <version>/corpus.tsv} with {@code source_url}, {@code source_url_normalized},
 * {@code ref}, {@code fact} and {@code bias}.
 *
 * <p>Factuality maps to the category (high: reliable, mixed: mixed, low: unreliable) and the bias
 * label is kept as {@link Bias}. A row rates the whole site when its {@code source_url_normalized}
 * is the host, and only the URL's path otherwise (the authors' own medium id, e.g. {@code
 * newyorker.com-humor-borowitz-report}). Thread-safe.
 */
public final class MbfcBalyReader implements SourceListReader {

  /** The list's short name. */
  public static final String NAME = "mbfc-baly";

  /** The EMNLP 2018 version: 1,066 media, seven-way bias. */
  public static final String EMNLP18 = "emnlp18";

  /** The ACL 2020 version: 859 media, three-way bias. */
  public static final String ACL2020 = "acl2020";

  private static final String ORIGIN =
      "ramybaly/News-Media-Reliability@28ab9b418e9e69e6105d52ddb61a4dfdd791a412";

  private static final String LICENCE =
      "no licence file; labels scraped from mediabiasfactcheck.com (MBFC terms apply)";

  private final String version;

  /**
   * A reader for one version.
   *
   * @param version {@value #EMNLP18} or {@value #ACL2020}
   */
  public MbfcBalyReader(String version) {
    if (!EMNLP18.equals(version) && !ACL2020.equals(version)) {
      throw new IllegalArgumentException(
          "version must be " + EMNLP18 + " or " + ACL2020 + ", got '" + version + "'");
    }
    this.version = version;
  }

  @Override
  public SourceList read(Path folder) throws IOException {
    String relative = version + "/corpus.tsv";
    Path file = folder.resolve(relative);
    if (!Files.isRegularFile(file)) {
      throw new IOException("MBFC list not found: " + file);
    }
    ListSnapshot snapshot0 =
        new ListSnapshot(
            NAME,
            version,
            version.equals(EMNLP18) ? "2018" : "2020",
            ORIGIN,
            LICENCE,
            Map.of(relative, FileDigests.sha256(file)),
            0,
            0);
    List<SourceRating> ratings = new ArrayList<>();
    List<Skip> skipped = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    CSVFormat format =
        CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(in, format)) {
      for (CSVRecord record : parser) {
        String location = relative + ":" + parser.getCurrentLineNumber();
        Optional<SourceRating> rating = rating(record, location, snapshot0, skipped);
        if (rating.isEmpty()) {
          continue;
        }
        String key = rating.get().siteKey();
        if (seen.containsKey(key)) {
          skipped.add(new Skip(location, "duplicate of " + seen.get(key) + " (" + key + ")"));
        } else {
          seen.put(key, location);
          ratings.add(rating.get());
        }
      }
    }
    ListSnapshot snapshot =
        new ListSnapshot(
            NAME,
            version,
            snapshot0.date(),
            ORIGIN,
            LICENCE,
            snapshot0.sha256(),
            ratings.size(),
            skipped.size());
    return new SourceList(
        snapshot, ratings.stream().map(r -> r.withSnapshot(snapshot)).toList(), skipped);
  }

  private static Optional<SourceRating> rating(
      CSVRecord record, String location, ListSnapshot snapshot, List<Skip> skipped) {
    String url = record.get("source_url");
    String normalized = record.get("source_url_normalized");
    String fact = record.get("fact");
    String biasLabel = record.get("bias");
    SourceAddress address;
    Factuality factuality;
    Bias bias;
    try {
      address = SourceAddress.parse(url);
      factuality = Factuality.fromId(fact);
      bias = Bias.fromId(biasLabel);
    } catch (NotADomainException | IllegalArgumentException e) {
      skipped.add(new Skip(location, "'" + url + "': " + e.getMessage()));
      return Optional.empty();
    }
    String id = normalized.toLowerCase(Locale.ROOT);
    boolean wholeSite = id.equals(address.siteHost()) || id.equals(address.host());
    String ref = record.get("ref");
    return Optional.of(
        new SourceRating(
            address.siteHost(),
            wholeSite ? Optional.empty() : address.section(),
            category(factuality),
            Optional.of(bias),
            Optional.of(factuality),
            ref.isEmpty() ? Optional.empty() : Optional.of("MBFC page: " + ref),
            List.of("fact=" + fact, "bias=" + biasLabel),
            Optional.empty(),
            Optional.empty(),
            location,
            snapshot));
  }

  /** The category for an MBFC factuality level. */
  static SourceCategory category(Factuality factuality) {
    switch (Objects.requireNonNull(factuality, "factuality")) {
      case HIGH:
        return SourceCategory.RELIABLE;
      case MIXED:
        return SourceCategory.MIXED;
      default:
        return SourceCategory.UNRELIABLE;
    }
  }
}
