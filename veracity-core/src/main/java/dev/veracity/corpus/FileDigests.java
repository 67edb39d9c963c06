package dev.veracity.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 digests of corpus files, for provenance records. */
public final class FileDigests {

  private FileDigests() {}

  /** Hex SHA-256 of one file's bytes. */
  public static String sha256(Path file) throws IOException {
    MessageDigest digest = newDigest();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * The {@code sha256sum} listing of {@code files}, one {@code "<hex> <path relative to base>"}
   * line each, sorted by path, with {@code /} as separator.
   */
  public static List<String> listing(Path base, List<Path> files) throws IOException {
    List<String> lines = new ArrayList<>(files.size());
    for (Path file : files) {
      String relative = base.relativize(file).toString().replace('\\', '/');
      lines.add(sha256(file) + "  " + relative);
    }
    lines.sort((a, b) -> a.substring(66).compareTo(b.substring(66)));
    return lines;
  }

  /**
   * Hex SHA-256 of {@link #listing} joined with newlines (each line newline-terminated): equal to
   * {@code cd base && sha256sum <files sorted by path> | sha256sum}.
   */
  public static String sha256OfListing(List<String> listing) {
    StringBuilder all = new StringBuilder();
    for (String line : listing) {
      all.append(line).append('\n');
    }
    return HexFormat.of()
        .formatHex(newDigest().digest(all.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }
}
