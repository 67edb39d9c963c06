package dev.veracity.input;

/**
 * Size caps applied to every input before it is parsed.
 *
 * @param maxBytes most bytes read from a file, stream or HTTP response; reading stops one byte past
 *     it
 * @param maxDecompressedBytes most bytes a gzip stream may expand to (zip bombs)
 * @param maxChars most characters of decoded text
 */
public record InputLimits(long maxBytes, long maxDecompressedBytes, int maxChars) {

  /** 20 MB raw, 20 MB decompressed, 5 million characters of text. */
  public static final InputLimits DEFAULT = new InputLimits(20_000_000L, 20_000_000L, 5_000_000);

  /** Validates that every cap is positive. */
  public InputLimits {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be >= 1, got " + maxBytes);
    }
    if (maxDecompressedBytes < 1) {
      throw new IllegalArgumentException(
          "maxDecompressedBytes must be >= 1, got " + maxDecompressedBytes);
    }
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be >= 1, got " + maxChars);
    }
  }
}
