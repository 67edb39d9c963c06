package dev.veracity.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class InputDecoderTest {

  private final InputDecoder decoder = new InputDecoder(InputLimits.DEFAULT);

  private DecodedInput decode(String source, byte[] bytes) throws InputException {
    return decoder.decode(RawInput.of(source, bytes));
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] gzip(byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(content);
    }
    return out.toByteArray();
  }

  @Test
  void windows1252SmartQuotesDecodeToCurlyQuotes() throws InputException {
    byte[] input = bytes(0x93, 'q', 'u', 'o', 't', 'e', 'd', 0x94);

    DecodedInput decoded = decode("a.txt", input);

    assertThat(decoded.text()).isEqualTo("\u201Cquoted\u201D");
    assertThat(decoded.charset().name()).isEqualTo("windows-1252");
  }

  @Test
  void latin1AccentsDecodeThroughTheWindows1252Fallback() throws InputException {
    assertThat(decode("a.txt", bytes('c', 'a', 'f', 0xE9)).text()).isEqualTo("caf\u00E9");
  }

  @Test
  void validUtf8IsDecodedAsUtf8() throws InputException {
    DecodedInput decoded = decode("a.txt", utf8("caf\u00E9 \u2014 na\u00EFve"));

    assertThat(decoded.text()).isEqualTo("caf\u00E9 \u2014 na\u00EFve");
    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void utf8ByteOrderMarkIsRemoved() throws InputException {
    DecodedInput decoded = decode("a.txt", bytes(0xEF, 0xBB, 0xBF, 'H', 'i'));

    assertThat(decoded.text()).isEqualTo("Hi");
    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void utf16LittleEndianWithByteOrderMarkIsDecoded() throws InputException {
    DecodedInput decoded = decode("a.txt", bytes(0xFF, 0xFE, 'H', 0, 'i', 0));

    assertThat(decoded.text()).isEqualTo("Hi");
    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_16LE);
  }

  @Test
  void gzippedTextIsDecompressed() throws Exception {
    assertThat(decode("a.txt.gz", gzip(utf8("Headline\n\nBody."))).text())
        .isEqualTo("Headline\n\nBody.");
  }

  @Test
  void gzipExpandingPastTheCapIsTooLarge() throws Exception {
    InputDecoder small = new InputDecoder(new InputLimits(1_000, 100, 1_000));
    byte[] bomb = gzip(new byte[101]);

    assertThatThrownBy(() -> small.decode(RawInput.of("bomb.gz", bomb)))
        .isInstanceOfSatisfying(
            InputException.class,
            e -> assertThat(e.code()).isEqualTo(InputException.Code.TOO_LARGE))
        .hasMessage("bomb.gz: expands to more than the limit of 100 bytes");
  }

  @Test
  void nulBytesAreBinary() {
    assertThatThrownBy(() -> decode("x.bin", bytes('a', 0, 'b')))
        .isInstanceOfSatisfying(
            InputException.class, e -> assertThat(e.code()).isEqualTo(InputException.Code.BINARY))
        .hasMessage("x.bin: not text: it contains NUL bytes");
  }

  @Test
  void aPdfIsRefusedByName() {
    assertThatThrownBy(() -> decode("paper.txt", utf8("%PDF-1.7\n...")))
        .isInstanceOfSatisfying(
            InputException.class, e -> assertThat(e.code()).isEqualTo(InputException.Code.BINARY))
        .hasMessage("paper.txt: not text: it looks like a PDF document");
  }

  @Test
  void manyControlCharactersAreBinary() {
    assertThatThrownBy(() -> decode("x", bytes('a', 1, 2, 3, 'b', 'c')))
        .isInstanceOfSatisfying(
            InputException.class, e -> assertThat(e.code()).isEqualTo(InputException.Code.BINARY));
  }

  @Test
  void noBytesAreEmpty() {
    assertThatThrownBy(() -> decode("e.txt", new byte[0]))
        .isInstanceOfSatisfying(
            InputException.class, e -> assertThat(e.code()).isEqualTo(InputException.Code.EMPTY))
        .hasMessage("e.txt: empty input");
  }

  @Test
  void whiteSpaceOnlyIsEmpty() {
    assertThatThrownBy(() -> decode("e.txt", utf8(" \n\t\n")))
        .isInstanceOfSatisfying(
            InputException.class, e -> assertThat(e.code()).isEqualTo(InputException.Code.EMPTY));
  }

  @Test
  void textOverTheCharacterCapIsTooLarge() {
    InputDecoder small = new InputDecoder(new InputLimits(1_000, 1_000, 5));

    assertThatThrownBy(() -> small.decode(RawInput.of("t.txt", utf8("123456"))))
        .isInstanceOfSatisfying(
            InputException.class,
            e -> assertThat(e.code()).isEqualTo(InputException.Code.TOO_LARGE));
  }

  @Test
  void htmlIsDetectedByExtensionEvenWhenGzipped() throws Exception {
    assertThat(decode("page.HTM.gz", gzip(utf8("<p>Hi</p>"))).format()).isEqualTo(Format.HTML);
  }

  @Test
  void htmlIsDetectedByDoctype() throws InputException {
    assertThat(decode("-", utf8("\n<!DOCTYPE html><p>Hi</p>")).format()).isEqualTo(Format.HTML);
  }

  @Test
  void plainTextMentioningHtmlIsText() throws InputException {
    assertThat(decode("-", utf8("Why <html> tags matter")).format()).isEqualTo(Format.TEXT);
  }

  @Test
  void metaCharsetInHtmlChoosesTheCharset() throws InputException {
    byte[] page = utf8("<html><head><meta charset=\"windows-1251\"></head>x</html>");
    page[page.length - 8] = (byte) 0xC0;

    DecodedInput decoded = decode("p.html", page);

    assertThat(decoded.charset().name()).isEqualTo("windows-1251");
    assertThat(decoded.text()).endsWith("\u0410</html>");
  }

  @Test
  void httpEquivContentTypeDeclaresTheCharset() throws InputException {
    byte[] page =
        utf8(
            "<html><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
                + "x</html>");
    page[page.length - 8] = (byte) 0xE9;

    assertThat(decode("p.html", page).text()).endsWith("\u00E9</html>");
  }

  @Test
  void httpHeaderCharsetWinsOverMeta() throws InputException {
    byte[] page = utf8("<html><meta charset=\"utf-8\">x</html>");
    page[page.length - 8] = (byte) 0xE9;
    RawInput raw =
        new RawInput(
            "http://example.com/",
            page,
            Optional.of("text/html"),
            Optional.of("iso-8859-1"),
            Optional.of(URI.create("http://example.com/")));

    DecodedInput decoded = decoder.decode(raw);

    assertThat(decoded.text()).endsWith("\u00E9</html>");
    assertThat(decoded.url()).contains(URI.create("http://example.com/"));
  }

  @Test
  void aDeclaredCharsetThatDoesNotFitFallsBackToWindows1252() throws InputException {
    byte[] page = utf8("<html><meta charset=\"utf-8\">x</html>");
    page[page.length - 8] = (byte) 0x93;

    assertThat(decode("p.html", page).text()).endsWith("\u201C</html>");
  }
}
