package dev.veracity.text;

/** A read-only window on a growing char array, so that steps read without copying. */
final class CharArrayView implements CharSequence {

  private final char[] chars;
  private final int length;

  CharArrayView(char[] chars, int length) {
    this.chars = chars;
    this.length = length;
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    if (index >= length) {
      throw new IndexOutOfBoundsException("index must be < " + length + ", got " + index);
    }
    return chars[index];
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    if (start < 0 || end > length || start > end) {
      throw new IndexOutOfBoundsException(
          "range [" + start + ", " + end + ") is outside [0, " + length + ")");
    }
    return new String(chars, start, end - start);
  }

  @Override
  public String toString() {
    return new String(chars, 0, length);
  }
}
