package dev.veracity.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputReaderTest {

  private final InputReader reader = new InputReader(new InputLimits(4, 4, 4));

  @Test
  void aStreamAtTheCapIsReadWhole() throws InputException {
    RawInput raw = reader.readStream(new ByteArrayInputStream(new byte[] {1, 2, 3, 4}), "-");

    assertThat(raw.bytes()).containsExactly(1, 2, 3, 4);
    assertThat(raw.source()).isEqualTo("-");
  }

  @Test
  void readingStopsOneBytePastTheCap() {
    CountingStream in = new CountingStream(1_000_000);

    assertThatThrownBy(() -> reader.readStream(in, "-"))
        .isInstanceOfSatisfying(
            InputException.class,
            e -> assertThat(e.code()).isEqualTo(InputException.Code.TOO_LARGE))
        .hasMessage("-: larger than the limit of 4 bytes");
    assertThat(in.consumed).isEqualTo(5);
  }

  @Test
  void aMissingFileIsNotFound(@TempDir Path dir) {
    assertThatThrownBy(() -> reader.readFile(dir.resolve("nope.txt"), "nope.txt"))
        .isInstanceOfSatisfying(
            InputException.class,
            e -> assertThat(e.code()).isEqualTo(InputException.Code.NOT_FOUND))
        .hasMessage("nope.txt: no such file");
  }

  @Test
  void aLargeFileIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
    Path big = Files.write(dir.resolve("big.txt"), new byte[5]);

    assertThatThrownBy(() -> reader.readFile(big, "big.txt"))
        .isInstanceOfSatisfying(
            InputException.class,
            e -> assertThat(e.code()).isEqualTo(InputException.Code.TOO_LARGE));
  }

  @Test
  void aDirectoryIsNotReadAsAFile(@TempDir Path dir) {
    assertThatThrownBy(() -> reader.readFile(dir, "dir"))
        .isInstanceOfSatisfying(
            InputException.class,
            e -> assertThat(e.code()).isEqualTo(InputException.Code.UNREADABLE));
  }

  /** An endless stream of 'a' that counts what was taken from it. */
  private static final class CountingStream extends InputStream {
    private final long size;
    private long consumed;

    CountingStream(long size) {
      this.size = size;
    }

    @Override
    public int read() {
      if (consumed >= size) {
        return -1;
      }
      consumed++;
      return 'a';
    }
  }
}
