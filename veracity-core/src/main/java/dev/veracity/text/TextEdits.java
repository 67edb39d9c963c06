package dev.veracity.text;

import java.util.Arrays;

/**
 * The changes one {@link NormalizationStep} makes to its input, recorded together with the map from
 * every output character back to the original characters that produced it.
 *
 * <p>A step reports replacements in increasing, non-overlapping order; unreported characters are
 * kept. Each replacement character maps to the whole replaced range, so a span of the result always
 * maps back to exactly the source characters that produced it. Not thread-safe: one instance serves
 * one {@link TextNormalizer#normalize} call.
 */
public final class TextEdits {

  // Current input: chars plus, per char, the [start, end) of its source in the original text.
  // Null maps mean the identity, which spares the arrays while no step has changed anything.
  // Steps always read a char array (never the String) so that their charAt calls stay monomorphic.
  private char[] in;
  private int inLength;
  private int[] inStarts;
  private int[] inEnds;

  // Output of the running step, allocated on its first change and swapped with the input after.
  private char[] out;
  private int outLength;
  private int[] outStarts;
  private int[] outEnds;

  private int cursor;
  private boolean stepChanged;
  private boolean anyChanged;

  TextEdits(String original) {
    this.in = original.toCharArray();
    this.inLength = original.length();
  }

  /** The text the next step reads. */
  CharSequence current() {
    return new CharArrayView(in, inLength);
  }

  /** Runs {@code step} on the current text and makes its result the current text. */
  void run(NormalizationStep step) {
    cursor = 0;
    outLength = 0;
    stepChanged = false;
    step.apply(current(), this);
    if (stepChanged) {
      keep(inLength);
      char[] c = in;
      in = out;
      out = c;
      int[] s = inStarts;
      inStarts = outStarts;
      outStarts = s;
      int[] e = inEnds;
      inEnds = outEnds;
      outEnds = e;
      inLength = outLength;
      anyChanged = true;
    }
  }

  /** The result of all steps run so far. */
  NormalizedText result(String original) {
    if (!anyChanged) {
      return new NormalizedText(original, original, null, null);
    }
    // The maps may be longer than the text; NormalizedText reads only text().length() entries.
    return new NormalizedText(original, new String(in, 0, inLength), inStarts, inEnds);
  }

  /**
   * Replaces the characters {@code [start, end)} of the step's input with {@code replacement}.
   *
   * @throws IllegalArgumentException if the range is empty, outside the input, or starts before the
   *     end of the previous replacement
   */
  public void replace(int start, int end, CharSequence replacement) {
    checkRange(start, end);
    int n = replacement.length();
    begin(start, n);
    int s = sourceStart(start);
    int e = sourceEnd(end - 1);
    for (int k = 0; k < n; k++) {
      out[outLength] = replacement.charAt(k);
      outStarts[outLength] = s;
      outEnds[outLength] = e;
      outLength++;
    }
    cursor = end;
  }

  /** Replaces the characters {@code [start, end)} of the step's input with one character. */
  public void replace(int start, int end, char replacement) {
    checkRange(start, end);
    begin(start, 1);
    out[outLength] = replacement;
    outStarts[outLength] = sourceStart(start);
    outEnds[outLength] = sourceEnd(end - 1);
    outLength++;
    cursor = end;
  }

  /** Removes the characters {@code [start, end)} of the step's input. */
  public void delete(int start, int end) {
    checkRange(start, end);
    begin(start, 0);
    cursor = end;
  }

  private void checkRange(int start, int end) {
    if (start < cursor) {
      throw new IllegalArgumentException(
          "start must be >= the end of the previous edit (" + cursor + "), got " + start);
    }
    if (end <= start || end > inLength) {
      throw new IllegalArgumentException(
          "end must be in (" + start + ", " + inLength + "], got " + end);
    }
  }

  /** Copies the unchanged input up to {@code start} and makes room for {@code extra} chars. */
  private void begin(int start, int extra) {
    if (!stepChanged) {
      stepChanged = true;
      int capacity = inLength + Math.max(16, inLength >>> 4);
      if (out == null || out.length < capacity) {
        out = new char[capacity];
      }
      if (outStarts == null || outStarts.length < capacity) {
        outStarts = new int[capacity];
        outEnds = new int[capacity];
      }
    }
    keep(start);
    ensureCapacity(outLength + extra);
  }

  /** Copies the input from the cursor up to {@code upTo} unchanged. */
  private void keep(int upTo) {
    int n = upTo - cursor;
    if (n <= 0) {
      return;
    }
    ensureCapacity(outLength + n);
    System.arraycopy(in, cursor, out, outLength, n);
    if (inStarts == null) {
      for (int k = 0; k < n; k++) {
        int source = cursor + k;
        outStarts[outLength + k] = source;
        outEnds[outLength + k] = source + 1;
      }
    } else {
      System.arraycopy(inStarts, cursor, outStarts, outLength, n);
      System.arraycopy(inEnds, cursor, outEnds, outLength, n);
    }
    outLength += n;
    cursor = upTo;
  }

  private void ensureCapacity(int needed) {
    if (needed > out.length) {
      int capacity = Math.max(needed, out.length + (out.length >>> 1));
      out = Arrays.copyOf(out, capacity);
    }
    if (needed > outStarts.length) {
      int capacity = Math.max(needed, outStarts.length + (outStarts.length >>> 1));
      outStarts = Arrays.copyOf(outStarts, capacity);
      outEnds = Arrays.copyOf(outEnds, capacity);
    }
  }

  private int sourceStart(int index) {
    return inStarts == null ? index : inStarts[index];
  }

  private int sourceEnd(int index) {
    return inEnds == null ? index + 1 : inEnds[index];
  }
}
