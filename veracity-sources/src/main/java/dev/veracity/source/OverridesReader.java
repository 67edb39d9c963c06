package dev.veracity.source;

import dev.veracity.corpus.FileDigests;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the user's overrides file, {@code <home>/sources/overrides.csv}: ratings that win over
 * every list.
 *
 * <p>CSV (RFC 4180, UTF-8) with the header {@code domain,category,bias,reason,date,author}; lines
 * starting with {@code #} are comments. {@code domain} is a domain, host or URL (a URL's path rates
 * that section only); {@code category} is a {@link SourceCategory#id()}; {@code bias} a {@link
 * Bias#id()} or empty; {@code date} an ISO date or empty. Unlike the public lists, a bad row is an
 * error, not a skip: an override that silently did not apply would mislead. Thread-safe.
 */
public final class OverridesReader implements SourceListReader {

  /** The list's short name. */
  public static final String NAME = "overrides";

  /** The file name inside the folder. */
  public static final String FILE = "overrides.csv";

  private static final String[] COLUMNS = {
    "domain", "category", "bias", "reason", "date", "author"
  };

  /**
   * Reads {@code folder/overrides.csv}.
   *
   * @throws InvalidSourceListException naming the line when a row or the header is malformed
   */
  @Override
  public SourceList read(Path folder) throws IOException {
    Path file = folder.resolve(FILE);
    String sha = FileDigests.sha256(file);
    List<SourceRating> ratings = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    Optional<LocalDate> latest = Optional.empty();
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(in, format)) {
      if (!parser.getHeaderNames().equals(List.of(COLUMNS))) {
        throw new InvalidSourceListException(
            file
                + ":1: header must be "
                + String.join(",", COLUMNS)
                + ", got "
                + String.join(",", parser.getHeaderNames()));
      }
      for (CSVRecord record : parser) {
        String location = FILE + ":" + parser.getCurrentLineNumber();
        SourceRating rating = rating(record, file + ":" + parser.getCurrentLineNumber(), location);
        String previous = seen.putIfAbsent(rating.siteKey(), location);
        if (previous != null) {
          throw new InvalidSourceListException(
              file
                  + ":"
                  + parser.getCurrentLineNumber()
                  + ": "
                  + rating.siteKey()
                  + " is already overridden at "
                  + previous);
        }
        ratings.add(rating);
        Optional<LocalDate> date = rating.ratedOn().map(LocalDate::parse);
        if (date.isPresent() && (latest.isEmpty() || date.get().isAfter(latest.get()))) {
          latest = date;
        }
      }
    } catch (IllegalArgumentException | IllegalStateException e) {
      // commons-csv reports malformed quoting and ragged rows this way.
      throw new InvalidSourceListException(file + ": " + e.getMessage());
    }
    ListSnapshot snapshot =
        new ListSnapshot(
            NAME,
            "sha256:" + sha.substring(0, 12),
            latest.map(LocalDate::toString).orElse("undated"),
            file.toString(),
            "local file",
            Map.of(FILE, sha),
            ratings.size(),
            0);
    return new SourceList(
        snapshot, ratings.stream().map(r -> r.withSnapshot(snapshot)).toList(), List.of());
  }

  private static SourceRating rating(CSVRecord record, String where, String location)
      throws InvalidSourceListException {
    if (!record.isConsistent()) {
      throw new InvalidSourceListException(
          where + ": expected " + COLUMNS.length + " fields, got " + record.size());
    }
    SourceAddress address;
    try {
      address = SourceAddress.parse(record.get("domain"));
    } catch (NotADomainException e) {
      throw new InvalidSourceListException(where + ": '" + e.input() + "': " + e.getMessage());
    }
    String category = record.get("category");
    String bias = record.get("bias");
    String date = record.get("date");
    try {
      if (!date.isEmpty()) {
        LocalDate.parse(date);
      }
      return new SourceRating(
          address.siteHost(),
          address.section(),
          SourceCategory.fromId(category),
          bias.isEmpty() ? Optional.empty() : Optional.of(Bias.fromId(bias)),
          Optional.empty(),
          nonEmpty(record.get("reason")),
          bias.isEmpty() ? List.of(category) : List.of(category, bias),
          nonEmpty(record.get("author")),
          nonEmpty(date),
          location,
          ListSnapshot.reading(NAME));
    } catch (IllegalArgumentException e) {
      throw new InvalidSourceListException(where + ": " + e.getMessage());
    } catch (DateTimeParseException e) {
      throw new InvalidSourceListException(where + ": date must be YYYY-MM-DD, got '" + date + "'");
    }
  }

  private static Optional<String> nonEmpty(String s) {
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }
}
