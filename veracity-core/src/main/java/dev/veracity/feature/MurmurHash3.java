package dev.veracity.feature;

import java.nio.charset.StandardCharsets;

/**
 * MurmurHash3 x86 32-bit (Austin Appleby, public domain) over the UTF-8 bytes of a string.
 *
 * <p>Stateless and thread-safe; the same string and seed give the same hash on every platform.
 */
public final class MurmurHash3 {

  private static final int C1 = 0xcc9e2d51;
  private static final int C2 = 0x1b873593;

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
    h1 ^= data.length;
    h1 ^= h1 >>> 16;
    h1 *= 0x85ebca6b;
    h1 ^= h1 >>> 13;
    h1 *= 0xc2b2ae35;
    h1 ^= h1 >>> 16;
    return h1;
  }
}
