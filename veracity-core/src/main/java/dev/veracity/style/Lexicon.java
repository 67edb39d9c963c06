package dev.veracity.style;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A word list read from a classpath resource: one entry per line, {@code #} starts a comment line.
 *
 * @param resource the resource name relative to this package
 * @param entries the entries, normalised with {@link #normalize(String)}, in file order, no
 *     duplicates
 * @param sha256 hex SHA-256 of the resource bytes, for provenance
 */
record Lexicon(String resource, List<String> entries, String sha256) {

  /** Copies the entries. */
  Lexicon {
    entries = List.copyOf(entries);
  }

  /** Loads {@code resource} from this package. */
  static Lexicon load(String resource) {
    byte[] bytes;
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("lexicon resource missing: " + resource);
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + resource, e);
    }
    Set<String> entries = new LinkedHashSet<>();
    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
      String entry = line.strip();
      if (!entry.isEmpty() && !entry.startsWith("#")) {
        entries.add(normalize(entry));
      }
    }
    return new Lexicon(resource, new ArrayList<>(entries), sha256(bytes));
  }

  /** Lower case (locale-independent) with typographic apostrophes made straight. */
  static String normalize(String token) {
    String lower = token.toLowerCase(Locale.ROOT);
    return lower.indexOf('\u2019') < 0 ? lower : lower.replace('\u2019', '\'');
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }
}
