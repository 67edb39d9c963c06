package dev.veracity.html.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageFilesTest {

  @TempDir Path dir;

  @Test
  void utf8WithoutDeclarationIsDecodedAsUtf8() {
    assertThat(PageFiles.decode("<p>café – ok</p>".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("<p>café – ok</p>");
  }

  @Test
  void aByteOrderMarkWinsAndIsDropped() {
    byte[] text = "<p>naïve</p>".getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[text.length + 2];
    withBom[0] = (byte) 0xff;
    withBom[1] = (byte) 0xfe;
    System.arraycopy(text, 0, withBom, 2, text.length);

    assertThat(PageFiles.decode(withBom)).isEqualTo("<p>naïve</p>");
  }

  @Test
  void aMetaCharsetDeclarationIsHonoured() {
    String page = "<meta charset=\"iso-8859-15\"><p>prix 5 €</p>";

    assertThat(PageFiles.decode(page.getBytes(Charset.forName("ISO-8859-15")))).isEqualTo(page);
  }

  @Test
  void invalidUtf8FallsBackToWindows1252() {
    byte[] bytes = {
      '<', 'p', '>', 'c', 'a', 'f', (byte) 0xe9, ' ', (byte) 0x80, '<', '/', 'p', '>'
    };

    assertThat(PageFiles.decode(bytes)).isEqualTo("<p>café €</p>");
  }

  @Test
  void gzipIsRecognisedByItsMagicBytesWhateverTheName() throws IOException {
    Path file = dir.resolve("page.bin");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write("<p>compressed</p>".getBytes(StandardCharsets.UTF_8));
    }

    assertThat(PageFiles.read(file)).isEqualTo("<p>compressed</p>");
  }

  @Test
  void aGzipThatDecompressesBeyondTheLimitIsRefused() throws IOException {
    Path file = dir.resolve("bomb.html.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 21; i++) {
        out.write(zeros);
      }
    }

    assertThatThrownBy(() -> PageFiles.read(file))
        .isInstanceOf(IOException.class)
        .hasMessage(file + ": decompresses to more than 20000000 bytes");
  }
}
