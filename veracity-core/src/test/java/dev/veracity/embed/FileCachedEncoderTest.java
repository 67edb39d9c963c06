package dev.veracity.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCachedEncoderTest {

  @TempDir Path dir;

  /** Encodes a text to (length, 1) normalised and records every text it was asked for. */
  private static final class CountingEncoder implements SentenceEncoder {
    final List<String> asked = new ArrayList<>();
    private final int dimension;

    CountingEncoder(int dimension) {
      this.dimension = dimension;
    }

    @Override
    public int dimension() {
      return dimension;
    }

    @Override
    public float[] encode(String text) {
      asked.add(text);
      float[] v = new float[dimension];
      v[0] = text.length();
      v[dimension - 1] += 1;
      return Vectors.normalized(v);
    }

    @Override
    public String name() {
      return "counting";
    }

    @Override
    public String provenance() {
      return "test";
    }
  }

  @Test
  void aReopenedCacheAnswersKnownTextsWithoutTheModel() throws IOException {
    Path file = dir.resolve("c.vectors");
    CountingEncoder first = new CountingEncoder(2);
    FileCachedEncoder cache = FileCachedEncoder.open(first, file);
    List<float[]> written = cache.encodeAll(List.of("ab", "abcd", "ab"));
    cache.save(file);
    assertThat(first.asked).containsExactly("ab", "abcd");

    CountingEncoder second = new CountingEncoder(2);
    FileCachedEncoder reopened = FileCachedEncoder.open(second, file);
    List<float[]> read = reopened.encodeAll(List.of("abcd", "ab", "xyz"));

    assertThat(reopened.size()).isEqualTo(3);
    assertThat(second.asked).containsExactly("xyz");
    assertThat(read.get(0)).containsExactly(written.get(1));
    assertThat(read.get(1)).containsExactly(written.get(0));
  }

  @Test
  void aCacheOfAnotherDimensionIsRejected() throws IOException {
    Path file = dir.resolve("c.vectors");
    FileCachedEncoder cache = FileCachedEncoder.open(new CountingEncoder(2), file);
    cache.encode("a");
    cache.save(file);

    assertThatThrownBy(() -> FileCachedEncoder.open(new CountingEncoder(3), file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("2-dimensional");
  }
}
