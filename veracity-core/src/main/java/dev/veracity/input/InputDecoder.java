package dev.veracity.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Turns the bytes of an input into text, or refuses them.
 *
 * <p>Steps, in order: gunzip when the bytes start with the gzip magic number (capped at {@link
 * InputLimits#maxDecompressedBytes()}); refuse known binary formats by magic number; choose the
 * charset from a byte-order mark, else the HTTP header, else an HTML {@code <meta>} declaration in
 * the first 4 KB, else strict UTF-8, falling back to windows-1252 (a superset of the printable
 * ISO-8859-1 range); refuse text with NUL bytes or a high share of control characters; refuse plain
 * text over {@link InputLimits#maxChars()} (HTML is capped by its bytes; the text extracted from it
 * is capped by the caller) and blank text. A declared charset that does not decode cleanly is
 * ignored in favour of the UTF-8 / windows-1252 rule. Thread-safe and stateless.
 */
public final class InputDecoder {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int SNIFF_BYTES = 4096;
  private static final double MAX_CONTROL_SHARE = 0.05;
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);

  /** Magic numbers of binary formats people submit by mistake, with a name for the message. */
  private static final List<Magic> MAGIC =
      List.of(
          new Magic("a PDF document", '%', 'P', 'D', 'F', '-'),
          new Magic("a PNG image", 0x89, 'P', 'N', 'G'),
          new Magic("a JPEG image", 0xFF, 0xD8, 0xFF),
          new Magic("a GIF image", 'G', 'I', 'F', '8'),
          new Magic("a ZIP archive (or a Word/OpenDocument file)", 'P', 'K', 3, 4),
          new Magic("an old Microsoft Office file", 0xD0, 0xCF, 0x11, 0xE0),
          new Magic("an executable", 0x7F, 'E', 'L', 'F'),
          new Magic("a gzip stream inside a gzip stream", 0x1F, 0x8B));

  private final InputLimits limits;

  /** A decoder with the given caps. */
  public InputDecoder(InputLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** Decodes {@code input}, or says why it is not text Veracity can check. */
  public DecodedInput decode(RawInput input) throws InputException {
    Objects.requireNonNull(input, "input");
    String source = input.source();
    byte[] raw = input.bytes();
    if (raw.length > limits.maxBytes()) {
      throw InputReader.tooLarge(source, limits.maxBytes());
    }
    byte[] bytes = isGzip(raw) ? gunzip(raw, source) : raw;
    if (bytes.length == 0) {
      throw new InputException(InputException.Code.EMPTY, source, "empty input");
    }
    refuseKnownBinary(bytes, source);

    String name = stripSuffix(source.toLowerCase(Locale.ROOT), ".gz");
    Optional<Charset> bom = bomCharset(bytes);
    int bomLength = bom.map(InputDecoder::bomLength).orElse(0);
    byte[] body = Arrays.copyOfRange(bytes, bomLength, bytes.length);
    if (bom.isEmpty() && containsNul(body)) {
      throw binary(source, "it contains NUL bytes");
    }
    String prefix =
        new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    Format format = formatOf(name, input.contentType(), prefix);

    Charset charset;
    String text;
    if (bom.isPresent()) {
      charset = bom.get();
      text = decodeStrict(body, charset).orElse(null);
      if (text == null) {
        throw new InputException(
            InputException.Code.ENCODING, source, "not valid " + charset.name() + " text");
      }
    } else {
      Optional<Charset> declared =
          input.charset().flatMap(InputDecoder::charsetNamed).filter(InputDecoder::asciiCompatible);
      if (declared.isEmpty() && format == Format.HTML) {
        declared = metaCharset(prefix).filter(InputDecoder::asciiCompatible);
      }
      Optional<String> strict = declared.flatMap(c -> decodeStrict(body, c));
      if (strict.isPresent()) {
        charset = declared.get();
        text = strict.get();
      } else {
        Optional<String> utf8 = decodeStrict(body, StandardCharsets.UTF_8);
        charset = utf8.isPresent() ? StandardCharsets.UTF_8 : WINDOWS_1252;
        text = utf8.orElseGet(() -> decodeLenient(body, WINDOWS_1252));
      }
    }
    if (format == Format.TEXT && bom.isPresent() && looksLikeHtml(text)) {
      format = Format.HTML;
    }
    if (format == Format.TEXT && text.length() > limits.maxChars()) {
      throw new InputException(
          InputException.Code.TOO_LARGE,
          source,
          "longer than the limit of " + limits.maxChars() + " characters");
    }
    if (text.isBlank()) {
      throw new InputException(InputException.Code.EMPTY, source, "contains only white space");
    }
    if (controlShare(text) > MAX_CONTROL_SHARE) {
      throw binary(source, "too many control characters");
    }
    return new DecodedInput(source, text, format, charset, input.url());
  }

  /** Whether the bytes start with the gzip magic number. */
  static boolean isGzip(byte[] bytes) {
    return bytes.length >= 2 && bytes[0] == (byte) 0x1F && bytes[1] == (byte) 0x8B;
  }

  private byte[] gunzip(byte[] bytes, String source) throws InputException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return InputReader.readCapped(in, limits.maxDecompressedBytes(), source);
    } catch (InputException e) {
      throw new InputException(
          InputException.Code.TOO_LARGE,
          source,
          "expands to more than the limit of " + limits.maxDecompressedBytes() + " bytes",
          e);
    } catch (IOException e) {
      throw new InputException(
          InputException.Code.UNREADABLE, source, "corrupt gzip data: " + e.getMessage(), e);
    }
  }

  private static void refuseKnownBinary(byte[] bytes, String source) throws InputException {
    for (Magic magic : MAGIC) {
      if (magic.matches(bytes)) {
        throw binary(source, "it looks like " + magic.name());
      }
    }
  }

  private static InputException binary(String source, String why) {
    return new InputException(InputException.Code.BINARY, source, "not text: " + why);
  }

  private static Optional<Charset> bomCharset(byte[] b) {
    if (b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    if (b.length >= 2 && b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    if (b.length >= 2 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    return Optional.empty();
  }

  private static int bomLength(Charset bom) {
    return bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
  }

  private static boolean containsNul(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  private static Format formatOf(String name, Optional<String> contentType, String prefix) {
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return Format.HTML;
    }
    Optional<String> type = contentType.map(t -> t.toLowerCase(Locale.ROOT));
    if (type.filter(t -> t.equals("text/html") || t.equals("application/xhtml+xml")).isPresent()) {
      return Format.HTML;
    }
    return looksLikeHtml(prefix) ? Format.HTML : Format.TEXT;
  }

  /** Whether text starts (after white space and an XML declaration) like an HTML document. */
  static boolean looksLikeHtml(String text) {
    String head = text.substring(0, Math.min(text.length(), 1024)).strip().toLowerCase(Locale.ROOT);
    if (head.startsWith("<?xml")) {
      int end = head.indexOf("?>");
      head = end < 0 ? "" : head.substring(end + 2).strip();
    }
    return head.startsWith("<!doctype html") || head.startsWith("<html");
  }

  private static Optional<Charset> metaCharset(String prefix) {
    Matcher m = META_CHARSET.matcher(prefix);
    return m.find() ? charsetNamed(m.group(1)) : Optional.empty();
  }

  private static Optional<Charset> charsetNamed(String name) {
    try {
      Charset c = Charset.forName(name.strip());
      // Browsers read ISO-8859-1 and US-ASCII labels as windows-1252 (WHATWG Encoding).
      if (c.equals(StandardCharsets.ISO_8859_1) || c.equals(StandardCharsets.US_ASCII)) {
        return Optional.of(WINDOWS_1252);
      }
      return Optional.of(c);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  /** A declaration of UTF-16 or UTF-32 in bytes we could read as ASCII is a lie; ignore it. */
  private static boolean asciiCompatible(Charset c) {
    String n = c.name().toUpperCase(Locale.ROOT);
    return !n.startsWith("UTF-16") && !n.startsWith("UTF-32");
  }

  private static Optional<String> decodeStrict(byte[] bytes, Charset charset) {
    try {
      return Optional.of(
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static String decodeLenient(byte[] bytes, Charset charset) {
    // windows-1252 leaves five bytes unmapped; they become U+FFFD rather than failing the input.
    return new String(bytes, charset);
  }

  private static double controlShare(String text) {
    int n = Math.min(text.length(), 8192);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        controls++;
      }
    }
    return n == 0 ? 0 : (double) controls / n;
  }

  private static String stripSuffix(String s, String suffix) {
    return s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
  }

  @Override
  public String toString() {
    return "InputDecoder" + limits;
  }

  /** The first bytes of a binary format. */
  private record Magic(String name, byte[] prefix) {
    Magic(String name, int... prefix) {
      this(name, toBytes(prefix));
    }

    boolean matches(byte[] bytes) {
      return bytes.length >= prefix.length
          && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] toBytes(int... values) {
      byte[] b = new byte[values.length];
      for (int i = 0; i < values.length; i++) {
        b[i] = (byte) values[i];
      }
      return b;
    }
  }
}
