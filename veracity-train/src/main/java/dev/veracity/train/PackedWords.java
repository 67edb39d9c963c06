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
 * The distinct words of each training document, packed as ids into one shared dictionary: 4 bytes
 * per distinct word of a document instead of one set of strings per document.
 *
 * <p>Rows are appended in order. Not thread-safe while appending; safe to read from many threads
 * once filled and safely published.
 */
public final class PackedWords {

  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> dictionary = new ArrayList<>();
  private final List<int[]> blocks = new ArrayList<>();
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
    int n = words.size();
    int last = blocks.size() - 1;
    if (last < 0 || blocks.get(last).length - used < n) {
      int previous = last >= 0 ? blocks.get(last).length : 512;
      blocks.add(new int[Math.max(n, Math.min(PackedRows.BLOCK_ENTRIES, previous * 2))]);
      used = 0;
      last++;
    }
    int[] block = blocks.get(last);
    int j = used;
    for (String w : words) {
      Integer id = ids.get(w);
      if (id == null) {
        id = dictionary.size();
        ids.put(w, id);
        dictionary.add(w);
      }
      block[j++] = id;
    }
    if (rows == rowBlock.length) {
      int capacity = rows + (rows >> 1);
      rowBlock = Arrays.copyOf(rowBlock, capacity);
      rowStart = Arrays.copyOf(rowStart, capacity);
      rowEnd = Arrays.copyOf(rowEnd, capacity);
    }
    rowBlock[rows] = last;
    rowStart[rows] = used;
    rowEnd[rows] = j;
    used = j;
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
    int[] block = blocks.get(rowBlock[row]);
    for (int j = rowStart[row]; j < rowEnd[row]; j++) {
      out.add(dictionary.get(block[j]));
    }
    return out;
  }

  /** The words that occur in at least {@code minRows} of the rows {@code rows}, sorted. */
  public List<String> frequent(int[] rows, int minRows) {
    int[] count = new int[dictionary.size()];
    for (int r : rows) {
      int[] block = blocks.get(rowBlock[r]);
      for (int j = rowStart[r]; j < rowEnd[r]; j++) {
        count[block[j]]++;
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
}
