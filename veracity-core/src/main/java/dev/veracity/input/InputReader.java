package dev.veracity.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads files and streams into {@link RawInput}, never more than {@link InputLimits#maxBytes()}.
 *
 * <p>Thread-safe and stateless.
 */
public final class InputReader {

  private final InputLimits limits;

  /** A reader with the given caps. */
  public InputReader(InputLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * Reads a regular file.
   *
   * @param file the file
   * @param source the name to report it under (as the user gave it)
   */
  public RawInput readFile(Path file, String source) throws InputException {
    Objects.requireNonNull(file, "file");
    if (!Files.exists(file)) {
      throw new InputException(InputException.Code.NOT_FOUND, source, "no such file");
    }
    if (!Files.isRegularFile(file)) {
      throw new InputException(InputException.Code.UNREADABLE, source, "not a regular file");
    }
    try {
      if (Files.size(file) > limits.maxBytes()) {
        throw tooLarge(source);
      }
      try (InputStream in = Files.newInputStream(file)) {
        return readStream(in, source);
      }
    } catch (NoSuchFileException e) {
      throw new InputException(InputException.Code.NOT_FOUND, source, "no such file", e);
    } catch (AccessDeniedException e) {
      throw new InputException(InputException.Code.UNREADABLE, source, "permission denied", e);
    } catch (IOException e) {
      throw new InputException(
          InputException.Code.UNREADABLE, source, "cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a stream to its end, or fails as soon as it passes the cap; does not close it.
   *
   * @param in the stream
   * @param source the name to report it under, e.g. {@code "-"} for standard input
   */
  public RawInput readStream(InputStream in, String source) throws InputException {
    Objects.requireNonNull(in, "in");
    try {
      return RawInput.of(source, readCapped(in, limits.maxBytes(), source));
    } catch (IOException e) {
      throw new InputException(
          InputException.Code.UNREADABLE, source, "cannot read: " + e.getMessage(), e);
    }
  }

  /** Reads at most {@code cap} bytes, failing with TOO_LARGE when there are more. */
  static byte[] readCapped(InputStream in, long cap, String source)
      throws IOException, InputException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, cap + 1 - total))) > 0) {
      total += n;
      if (total > cap) {
        throw tooLarge(source, cap);
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private InputException tooLarge(String source) {
    return tooLarge(source, limits.maxBytes());
  }

  static InputException tooLarge(String source, long cap) {
    return new InputException(
        InputException.Code.TOO_LARGE, source, "larger than the limit of " + cap + " bytes");
  }

  @Override
  public String toString() {
    return "InputReader" + limits;
  }
}
