package dev.veracity.factcheck.imports;

import dev.veracity.factcheck.FactCheck;
import dev.veracity.factcheck.Rating;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a {@link FactCheck} from named text fields, the one place where every importer's records
 * are validated. Field names: {@code id, claim, claimant, claim_date, reviewer, title, rating, url,
 * review_date, language}.
 */
final class Fields {

  /** The field names a column mapping may target. */
  static final List<String> NAMES =
      List.of(
          "id",
          "claim",
          "claimant",
          "claim_date",
          "reviewer",
          "title",
          "rating",
          "url",
          "review_date",
          "language");

  private static final int MAX_CLAIM = 5_000;
  private static final List<DateTimeFormatter> DATES =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE,
          formatter("d MMMM uuuu"),
          formatter("MMMM d, uuuu"),
          formatter("MMM d, uuuu"),
          formatter("d MMM uuuu"));

  private Fields() {}

  /**
   * The fact-check the fields describe. The id defaults to the URL, else to a hash of reviewer and
   * claim; the rating is normalised from its text.
   *
   * @param fields values by field name; blank counts as absent
   * @param defaultReviewer used when no reviewer is given, if present
   * @param source the import format
   */
  static FactCheck toFactCheck(
      Map<String, String> fields, Optional<String> defaultReviewer, String source)
      throws BadRecordException {
    Optional<String> claim = value(fields, "claim");
    if (claim.isEmpty()) {
      throw new BadRecordException("no claim");
    }
    if (claim.get().length() > MAX_CLAIM) {
      throw new BadRecordException(
          "claim longer than " + MAX_CLAIM + " characters (" + claim.get().length() + ")");
    }
    Optional<String> reviewer = value(fields, "reviewer").or(() -> defaultReviewer);
    if (reviewer.isEmpty()) {
      throw new BadRecordException("no reviewer (publisher)");
    }
    Optional<String> url = value(fields, "url");
    if (url.isPresent() && !url.get().matches("(?i)https?://\\S+")) {
      throw new BadRecordException("url is not an http(s) address: " + abbreviate(url.get()));
    }
    String ratingText = value(fields, "rating").orElse("");
    String id =
        value(fields, "id")
            .or(() -> url)
            .orElseGet(() -> source + ":" + sha1(reviewer.get() + "\n" + claim.get()));
    return new FactCheck(
        id,
        claim.get(),
        value(fields, "claimant"),
        date(fields, "claim_date"),
        reviewer.get(),
        value(fields, "title"),
        ratingText,
        Rating.normalise(ratingText),
        url,
        date(fields, "review_date"),
        value(fields, "language").map(l -> l.toLowerCase(Locale.ROOT)).orElse("en"),
        source);
  }

  static Optional<String> value(Map<String, String> fields, String name) {
    String v = fields.get(name);
    if (v == null) {
      return Optional.empty();
    }
    String stripped = v.strip().replaceAll("\\s+", " ");
    return stripped.isEmpty() ? Optional.empty() : Optional.of(stripped);
  }

  /** Parses a date in ISO form (a date-time keeps its date) or as {@code 9 October 2020}. */
  static Optional<LocalDate> parseDate(String text) throws BadRecordException {
    String t = text.strip();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    if (t.length() > 10 && t.charAt(4) == '-' && t.charAt(10) == 'T') {
      try {
        return Optional.of(OffsetDateTime.parse(t).toLocalDate());
      } catch (DateTimeParseException e) {
        return parseDate(t.substring(0, 10));
      }
    }
    for (DateTimeFormatter f : DATES) {
      try {
        return Optional.of(LocalDate.parse(t, f));
      } catch (DateTimeParseException e) {
        // Try the next form; the record is rejected below when none fits.
      }
    }
    throw new BadRecordException("unreadable date: " + abbreviate(t));
  }

  private static Optional<LocalDate> date(Map<String, String> fields, String name)
      throws BadRecordException {
    Optional<String> v = value(fields, name);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    try {
      return parseDate(v.get());
    } catch (BadRecordException e) {
      throw new BadRecordException(name + ": " + e.getMessage());
    }
  }

  static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  private static DateTimeFormatter formatter(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.ENGLISH);
  }

  private static String sha1(String s) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-1");
      return HexFormat.of().formatHex(d.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-1", e);
    }
  }
}
