package dev.veracity.html.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Reads an HTML file from disk: gunzips it when it starts with the gzip magic bytes, refuses more
 * than {@link #MAX_BYTES} raw or decompressed, and decodes by BOM, then {@code <meta charset>},
 * then UTF-8, falling back to windows-1252 when the bytes are not valid UTF-8.
 *
 * <p>Stateless and thread-safe.
 */
public final class PageFiles {

  /** The largest file, raw or decompressed, that is read: 20 MB. */
  public static final int MAX_BYTES = 20_000_000;

  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]{1,40})");
  private static final int SNIFF_BYTES = 4096;

  private PageFiles() {}

  /**
   * The decoded text of the HTML file at {@code path}.
   *
   * @throws IOException when the file cannot be read, is not valid gzip, or exceeds {@link
   *     #MAX_BYTES} raw or decompressed
   */
  public static String read(Path path) throws IOException {
    long size = Files.size(path);
    if (size > MAX_BYTES) {
      throw new IOException(path + ": file is " + size + " bytes, more than " + MAX_BYTES);
    }
    byte[] bytes = Files.readAllBytes(path);
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
      bytes = gunzip(path, bytes);
    }
    return decode(bytes);
  }

  /** Decodes page bytes by BOM, declared charset, UTF-8, then windows-1252. */
  public static String decode(byte[] bytes) {
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xef
        && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    Optional<Charset> declared = declaredCharset(bytes);
    if (declared.isPresent() && !declared.get().equals(StandardCharsets.UTF_8)) {
      return new String(bytes, declared.get());
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      // Not UTF-8 after all: legacy pages without a declaration are mostly windows-1252.
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }

  private static Optional<Charset> declaredCharset(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return Optional.empty();
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    // WHATWG: pages that declare latin-1 or ascii are decoded as windows-1252.
    if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii")) {
      name = "windows-1252";
    }
    try {
      return Optional.of(Charset.forName(name));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  private static byte[] gunzip(Path path, byte[] compressed) throws IOException {
    try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(compressed))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[65536];
      int total = 0;
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        total += n;
        if (total > MAX_BYTES) {
          throw new IOException(path + ": decompresses to more than " + MAX_BYTES + " bytes");
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    }
  }
}
