package dev.veracity.feature;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * MurmurHash3 x86 32-bit (Austin Appleby, public domain) over the UTF-8 bytes of a string.
 *
 * <p>Stateless and thread-safe; the same string and seed give the same hash on every platform.
 */
public final class MurmurHash3 {

  private static final int C1 = 0xcc9e2d51;
  private static final int C2 = 0x1b873593;

  private static final VarHandle LITTLE_ENDIAN_INT =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

  /** The bytes of a tail of 0 to 3 bytes in a little-endian int. */
  private static final int[] TAIL_MASK = {0, 0xff, 0xffff, 0xffffff};

  private MurmurHash3() {}

  /** The 32-bit hash of the UTF-8 encoding of {@code text}. */
  public static int hash32(String text, int seed) {
    byte[] data = text.getBytes(StandardCharsets.UTF_8);
    int h1 = seed;
    int blocks = data.length / 4;
    for (int i = 0; i < blocks; i++) {
      int b = i * 4;
      int k1 =
          (data[b] & 0xff)
              | (data[b + 1] & 0xff) << 8
              | (data[b + 2] & 0xff) << 16
              | (data[b + 3] & 0xff) << 24;
      k1 *= C1;
      k1 = Integer.rotateLeft(k1, 15);
      k1 *= C2;
      h1 ^= k1;
      h1 = Integer.rotateLeft(h1, 13);
      h1 = h1 * 5 + 0xe6546b64;
    }
    int tail = blocks * 4;
    int k1 = 0;
    int rest = data.length & 3;
    if (rest == 3) {
      k1 ^= (data[tail + 2] & 0xff) << 16;
    }
    if (rest >= 2) {
      k1 ^= (data[tail + 1] & 0xff) << 8;
    }
    if (rest >= 1) {
      k1 ^= data[tail] & 0xff;
      k1 *= C1;
      k1 = Integer.rotateLeft(k1, 15);
      k1 *= C2;
      h1 ^= k1;
    }
    return finish(h1, data.length);
  }

  /**
   * The 32-bit hash of the two bytes {@code p0 p1} followed by {@code data[from, to)}: equal to
   * {@link #hash32(String, int)} of a string whose UTF-8 encoding is that byte sequence, without
   * building it.
   */
  static int hash32(byte p0, byte p1, byte[] data, int from, int to, int seed) {
    return finishTail(
        p0, p1, data, from, to, mixBlocks(p0, p1, data, from, 0, (2 + to - from) >>> 2, seed));
  }

  /**
   * The state after mixing the 4-byte blocks {@code first} to {@code blocks - 1} of the bytes
   * {@code p0 p1 data[from...]} into {@code h1}: with {@code first} 0 and {@code h1} the seed, the
   * state {@link #hash32(byte, byte, byte[], int, int, int)} reaches before its tail. Two byte
   * sequences with a common start share the state over their common whole blocks, so a word
   * bigram's hash can resume from its first word's.
   */
  static int mixBlocks(byte p0, byte p1, byte[] data, int from, int first, int blocks, int h1) {
    int i = first;
    if (i == 0 && blocks > 0) {
      h1 =
          mix(
              h1,
              (p0 & 0xff) | (p1 & 0xff) << 8 | (data[from] & 0xff) << 16 | data[from + 1] << 24);
      i = 1;
    }
    // Block i >= 1 starts at position 4i of the sequence, which is data[from + 4i - 2].
    for (int b = from + 4 * i - 2; i < blocks; i++, b += 4) {
      // One little-endian int read: the same value as assembling the four bytes.
      h1 = mix(h1, (int) LITTLE_ENDIAN_INT.get(data, b));
    }
    return h1;
  }

  /**
   * The hash of {@code p0 p1 data[from, to)} from the state {@code h1} after all its whole blocks
   * ({@link #mixBlocks}): mixes the tail and finishes.
   */
  static int finishTail(byte p0, byte p1, byte[] data, int from, int to, int h1) {
    int length = 2 + to - from;
    int blocks = length >>> 2;
    int rest = length & 3;
    int k1;
    if (blocks == 0) {
      // A sequence of 2 or 3 bytes: the tail is the prefix and at most one byte of data.
      k1 = (p0 & 0xff) | (p1 & 0xff) << 8 | (rest == 3 ? (data[from] & 0xff) << 16 : 0);
    } else {
      // The tail starts at position 4 * blocks of the sequence, which is data[from + 4b - 2].
      int b = from + blocks * 4 - 2;
      if (b + 4 <= data.length) {
        // One read with the bytes past the tail masked off: no branch on the tail's length,
        // which varies from word to word and so defeats branch prediction.
        k1 = (int) LITTLE_ENDIAN_INT.get(data, b) & TAIL_MASK[rest];
      } else {
        k1 = 0;
        for (int i = b + rest - 1; i >= b; i--) {
          k1 = k1 << 8 | (data[i] & 0xff);
        }
      }
    }
    // An empty tail (k1 = 0) leaves h1 as it is, as the reference skips it.
    k1 *= C1;
    k1 = Integer.rotateLeft(k1, 15);
    k1 *= C2;
    h1 ^= k1;
    return finish(h1, length);
  }

  private static int mix(int h1, int k1) {
    k1 *= C1;
    k1 = Integer.rotateLeft(k1, 15);
    k1 *= C2;
    h1 ^= k1;
    h1 = Integer.rotateLeft(h1, 13);
    return h1 * 5 + 0xe6546b64;
  }

  private static int finish(int h1, int length) {
    h1 ^= length;
    h1 ^= h1 >>> 16;
    h1 *= 0x85ebca6b;
    h1 ^= h1 >>> 13;
    h1 *= 0xc2b2ae35;
    h1 ^= h1 >>> 16;
    return h1;
  }
}
