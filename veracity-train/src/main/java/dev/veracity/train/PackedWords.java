package dev.veracity.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The distinct words of each training document, packed as ids into one shared dictionary: each
 * document's ids sorted and stored as variable-length byte deltas (about 2 bytes per distinct word
 * of a document) instead of one set of strings per document.
 *
 * <p>Rows are appended in order. Not thread-safe while appending; safe to read from many threads
 * once filled and safely published.
 */
public final class PackedWords {

  /** Most bytes of one block unless a single row needs more. */
  private static final int BLOCK_BYTES = 1 << 22;

  /** Bytes left off a power-of-two block so that the array with its header fits G1 regions. */
  private static final int SLACK = 64;

  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> dictionary = new ArrayList<>();
  private final List<byte[]> blocks = new ArrayList<>();
  private int used;
  private int[] rowBlock = new int[16];
  private int[] rowStart = new int[16];
  private int[] rowEnd = new int[16];
  private int rows;

  /** An empty store. */
  public PackedWords() {}

  /**
   * Appends the distinct words {@code words} as the next row.
   *
   * @return the row's id, 0 for the first row
   */
  public int add(Collection<String> words) {
    int[] row = new int[words.size()];
    int n = 0;
    for (String w : words) {
      Integer id = ids.get(w);
      if (id == null) {
        id = dictionary.size();
        ids.put(w, id);
        dictionary.add(w);
      }
      row[n++] = id;
    }
    Arrays.sort(row);
    // At most 5 bytes per id (32 bits in 7-bit groups).
    int last = blocks.size() - 1;
    if (last < 0 || blocks.get(last).length - used < 5 * n) {
      int previous = last >= 0 ? blocks.get(last).length + SLACK : 2048;
      blocks.add(new byte[Math.max(5 * n, Math.min(BLOCK_BYTES, previous * 2) - SLACK)]);
      used = 0;
      last++;
    }
    byte[] block = blocks.get(last);
    int at = used;
    int previousId = 0;
    for (int id : row) {
      int delta = id - previousId;
      previousId = id;
      while (delta >= 0x80) {
        block[at++] = (byte) (delta | 0x80);
        delta >>>= 7;
      }
      block[at++] = (byte) delta;
    }
    if (rows == rowBlock.length) {
      int capacity = rows + (rows >> 1);
      rowBlock = Arrays.copyOf(rowBlock, capacity);
      rowStart = Arrays.copyOf(rowStart, capacity);
      rowEnd = Arrays.copyOf(rowEnd, capacity);
    }
    rowBlock[rows] = last;
    rowStart[rows] = used;
    rowEnd[rows] = at;
    used = at;
    return rows++;
  }

  /** Number of rows. */
  public int size() {
    return rows;
  }

  /** The words of row {@code row}, sorted. */
  public Set<String> words(int row) {
    if (row < 0 || row >= rows) {
      throw new IndexOutOfBoundsException("row must be in [0, " + rows + "), got " + row);
    }
    Set<String> out = new TreeSet<>();
    for (int id : ids(row)) {
      out.add(dictionary.get(id));
    }
    return out;
  }

  /** The words that occur in at least {@code minRows} of the rows {@code rows}, sorted. */
  public List<String> frequent(int[] rows, int minRows) {
    int[] count = new int[dictionary.size()];
    for (int r : rows) {
      for (int id : ids(r)) {
        count[id]++;
      }
    }
    List<String> kept = new ArrayList<>();
    for (int id = 0; id < count.length; id++) {
      if (count[id] >= minRows) {
        kept.add(dictionary.get(id));
      }
    }
    kept.sort(null);
    return kept;
  }

  private int[] ids(int row) {
    byte[] block = blocks.get(rowBlock[row]);
    int end = rowEnd[row];
    int[] out = new int[end - rowStart[row]];
    int n = 0;
    int id = 0;
    int at = rowStart[row];
    while (at < end) {
      int delta = 0;
      int shift = 0;
      byte b;
      do {
        b = block[at++];
        delta |= (b & 0x7f) << shift;
        shift += 7;
      } while (b < 0);
      id += delta;
      out[n++] = id;
    }
    return Arrays.copyOf(out, n);
  }
}
