package dev.veracity.train;

import dev.veracity.feature.FeatureVector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Sparse training rows packed into a few large arrays: 4 bytes of column index and 4 bytes of
 * {@code float} value per non-zero, plus 12 bytes per row, instead of one object per row or per
 * non-zero.
 *
 * <p>Rows are appended in order and never change. Each row lies inside one block; blocks are added,
 * never copied, so that appending never needs twice the memory. Values are stored as {@code float}:
 * a row gives back its vector's values rounded to the nearest {@code float}. Appending is not
 * thread-safe; once filled, reads from any number of threads are safe (publish the instance safely,
 * e.g. by joining the filling thread).
 */
public final class PackedRows {

  /** Most entries of one block unless a single row is longer. */
  static final int BLOCK_ENTRIES = 1 << 20;

  private static final int FIRST_BLOCK_ENTRIES = 1 << 10;

  /**
   * Entries left off a power-of-two block so that the array with its header fits whole G1 heap
   * regions: a block of exactly 4 MB would take a fifth region for its 16-byte header.
   */
  static final int SLACK = 16;

  private final List<int[]> indexBlocks = new ArrayList<>();
  private final List<float[]> valueBlocks = new ArrayList<>();
  private int used;
  private int[] rowBlock = new int[16];
  private int[] rowStart = new int[16];
  private int[] rowEnd = new int[16];
  private int rows;
  private long nonZeros;

  /** An empty store. */
  public PackedRows() {}

  /** The rows of {@code vectors}, in order. */
  public static PackedRows of(FeatureVector... vectors) {
    PackedRows packed = new PackedRows();
    for (FeatureVector v : vectors) {
      packed.add(v);
    }
    return packed;
  }

  /**
   * Appends {@code vector} as the next row.
   *
   * @return the row's id, 0 for the first row
   */
  public int add(FeatureVector vector) {
    int[] indices = vector.indices();
    double[] values = vector.values();
    int n = indices.length;
    int block = blockWithRoom(n);
    int[] ib = indexBlocks.get(block);
    float[] vb = valueBlocks.get(block);
    System.arraycopy(indices, 0, ib, used, n);
    for (int j = 0; j < n; j++) {
      vb[used + j] = (float) values[j];
    }
    if (rows == rowBlock.length) {
      int capacity = rows + (rows >> 1);
      rowBlock = Arrays.copyOf(rowBlock, capacity);
      rowStart = Arrays.copyOf(rowStart, capacity);
      rowEnd = Arrays.copyOf(rowEnd, capacity);
    }
    rowBlock[rows] = block;
    rowStart[rows] = used;
    rowEnd[rows] = used + n;
    used += n;
    nonZeros += n;
    return rows++;
  }

  private int blockWithRoom(int n) {
    int last = indexBlocks.size() - 1;
    if (last >= 0 && indexBlocks.get(last).length - used >= n) {
      return last;
    }
    int previous = last >= 0 ? indexBlocks.get(last).length + SLACK : FIRST_BLOCK_ENTRIES / 2;
    int capacity = Math.max(n, Math.min(BLOCK_ENTRIES, previous * 2) - SLACK);
    indexBlocks.add(new int[capacity]);
    valueBlocks.add(new float[capacity]);
    used = 0;
    return last + 1;
  }

  /** Number of rows. */
  public int size() {
    return rows;
  }

  /** Number of stored non-zeros over all rows. */
  public long nonZeros() {
    return nonZeros;
  }

  /** Bytes held by the blocks and the row table, for memory reports. */
  public long bytes() {
    long b = 3L * 4 * rowBlock.length;
    for (int[] block : indexBlocks) {
      b += 8L * block.length;
    }
    return b;
  }

  /** Row {@code row} as a vector, with its values widened from {@code float}. */
  public FeatureVector vector(int row) {
    checkRow(row);
    int from = rowStart[row];
    int to = rowEnd[row];
    float[] vb = valueBlocks.get(rowBlock[row]);
    double[] values = new double[to - from];
    for (int j = from; j < to; j++) {
      values[j - from] = vb[j];
    }
    return new FeatureVector(Arrays.copyOfRange(indexBlocks.get(rowBlock[row]), from, to), values);
  }

  /** The dot product of row {@code row} with {@code weights}; columns beyond it count as 0. */
  public double dot(int row, double[] weights) {
    int[] ib = indices(row);
    float[] vb = values(row);
    double sum = 0;
    for (int j = rowStart[row], end = rowEnd[row]; j < end; j++) {
      int column = ib[j];
      if (column < weights.length) {
        sum += vb[j] * weights[column];
      }
    }
    return sum;
  }

  /** The block that holds row {@code row}'s column indices, at {@link #start} to {@link #end}. */
  int[] indices(int row) {
    return indexBlocks.get(rowBlock[row]);
  }

  /** The block that holds row {@code row}'s values, at {@link #start} to {@link #end}. */
  float[] values(int row) {
    return valueBlocks.get(rowBlock[row]);
  }

  /** Where row {@code row} begins in its blocks. */
  int start(int row) {
    return rowStart[row];
  }

  /** Where row {@code row} ends (exclusive) in its blocks. */
  int end(int row) {
    return rowEnd[row];
  }

  private void checkRow(int row) {
    if (row < 0 || row >= rows) {
      throw new IndexOutOfBoundsException("row must be in [0, " + rows + "), got " + row);
    }
  }
}
