package dev.veracity.classify;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.veracity.feature.MurmurHash3;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A one-hash Bloom filter of the training vocabulary, used to measure how familiar a text's words
 * are. A word never seen reads as seen with probability about the share of set bits.
 *
 * @param bits the filter has {@code 2^bits} bits, in [8, 24]
 * @param seed MurmurHash3 seed
 * @param base64 the bit array, little-endian bytes, Base64-encoded
 */
public record VocabularyFilter(int bits, int seed, String base64) {

  /** Validates the size of the bit array. */
  public VocabularyFilter {
    if (bits < 8 || bits > 24) {
      throw new IllegalArgumentException("bits must be in [8, 24], got " + bits);
    }
    Objects.requireNonNull(base64, "base64");
    int bytes = Base64.getDecoder().decode(base64).length;
    if (bytes != (1 << bits) / 8) {
      throw new IllegalArgumentException(
          "base64 must decode to " + (1 << bits) / 8 + " bytes, got " + bytes);
    }
  }

  /** A filter holding {@code words}. */
  public static VocabularyFilter of(Collection<String> words, int bits, int seed) {
    byte[] array = new byte[(1 << bits) / 8];
    int mask = (1 << bits) - 1;
    for (String w : words) {
      int h = MurmurHash3.hash32(w, seed) & mask;
      array[h >>> 3] |= (byte) (1 << (h & 7));
    }
    return new VocabularyFilter(bits, seed, Base64.getEncoder().encodeToString(array));
  }

  /** A filter that holds every word (coverage always 1). */
  public static VocabularyFilter everything() {
    byte[] array = new byte[(1 << 8) / 8];
    Arrays.fill(array, (byte) -1);
    return new VocabularyFilter(8, 0, Base64.getEncoder().encodeToString(array));
  }

  /** A membership test; decode once and reuse it. */
  @JsonIgnore
  public Predicate<String> membership() {
    byte[] array = Base64.getDecoder().decode(base64);
    int mask = (1 << bits) - 1;
    return w -> {
      int h = MurmurHash3.hash32(w, seed) & mask;
      return (array[h >>> 3] & (1 << (h & 7))) != 0;
    };
  }
}
