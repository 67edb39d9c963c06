package dev.veracity.feature;

import dev.veracity.text.TokenOffsets;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Counts the word and character n-grams of one list of words by hashing their UTF-8 bytes where
 * they lie, without building a string per n-gram; the fast path behind {@link
 * HashingVectorizer#vectorize(CharSequence, TokenOffsets, double[])}.
 *
 * <p>The normalised words are laid out once in one byte buffer as {@code " w0 w1 w2 "}, so the
 * bytes of a word n-gram ({@code w1 w2}) and of a padded word ({@code " w1 "}) are slices of it.
 * Every n-gram is hashed exactly as {@link HashingVectorizer#terms} hashes its name ({@code "w:" +}
 * words joined by one space, {@code "c:" +} character n-gram), and n-grams are told apart by their
 * bytes, not only by their hash, so counts, first-seen order and hence every value equal the
 * string-based path's bit for bit ({@link #dot} alone sums in another order, so it agrees with the
 * vector's dot product up to rounding).
 *
 * <p>Each thread reuses one counter ({@link #count}) so that scoring many short texts does not
 * allocate and zero its tables again and again; a counter is valid until {@link #release}, and not
 * thread-safe.
 */
final class NgramCounter {

  private static final byte WORD = 'w';
  private static final byte CHAR = 'c';
  private static final byte COLON = ':';

  /**
   * The normalised byte of each ASCII character, for each combination of lower-casing (bit 0) and
   * digit shapes (bit 1): what {@link LowerCase} and {@link DigitShape} do to ASCII.
   */
  private static final byte[][] ASCII = new byte[4][128];

  static {
    for (int mode = 0; mode < 4; mode++) {
      for (char c = 0; c < 128; c++) {
        char d = c;
        if ((mode & 1) != 0 && c >= 'A' && c <= 'Z') {
          d = (char) (c + 32);
        } else if ((mode & 2) != 0 && c >= '1' && c <= '9') {
          d = '0';
        }
        ASCII[mode][c] = (byte) d;
      }
    }
  }

  /** {@link Weighting#weigh} of small counts, computed by it once: most counts are 1 or 2. */
  private static final double[][] WEIGHTS = new double[Weighting.values().length][64];

  static {
    for (Weighting w : Weighting.values()) {
      for (int c = 1; c < 64; c++) {
        WEIGHTS[w.ordinal()][c] = w.weigh(c);
      }
    }
  }

  private static final ThreadLocal<NgramCounter> PER_THREAD =
      ThreadLocal.withInitial(NgramCounter::new);

  /** Tables beyond this many entries are not kept for the next text. */
  private static final int RETAINED_ENTRIES = 1 << 14;

  private FeatureConfig config;
  private int seed;

  private byte[] bytes = new byte[256];
  private int length;
  private char[] span = new char[256];
  private int[] wordStart = new int[64];
  private int[] wordEnd = new int[64];

  /** MurmurHash3 state after each word unigram's whole blocks, and how many blocks that is. */
  private int[] wordState = new int[64];

  private int[] wordBlocks = new int[64];

  /**
   * Normalised form of each word that went through the string steps ({@link #appendWide}); null for
   * words whose bytes were written directly (ASCII words, and BMP words when there are no character
   * n-grams to cut).
   */
  private String[] wide = new String[64];

  private int words;

  private int[] entryHash = new int[64];
  private int[] entryFrom = new int[64];
  private int[] entryTo = new int[64];
  private byte[] entryKind = new byte[64];
  private int[] entryCount = new int[64];
  private int entries;

  private boolean distinct;

  /** The first this many entries are the distinct word unigrams (0 without unigrams). */
  private int unigramEntries;

  /**
   * Open-addressing table of entry index + 1; 0 marks a free slot. Only the first mask + 1 used.
   */
  private int[] slots = new int[128];

  private int slotMask;

  private int[] order = new int[64];
  private int[] radix = new int[64];
  private long[] keyed = new long[64];
  private int[] outIndices = new int[64];
  private double[] outValues = new double[64];

  /** Counts of one radix digit; hashBits <= 24 makes a digit at most 12 bits. */
  private final int[] digitCounts = new int[(1 << 12) + 1];

  private NgramCounter() {}

  /**
   * This thread's counter, holding the n-grams of the tokens of {@code text} at {@code tokens} (as
   * the tokenizer found them) under {@code config}; call {@link #release} when done with it.
   */
  static NgramCounter count(FeatureConfig config, String text, TokenOffsets tokens) {
    NgramCounter counter = PER_THREAD.get();
    counter.reset(config, text, tokens);
    return counter;
  }

  /** Ends the use of this counter; drops its tables when one text made them large. */
  void release() {
    Arrays.fill(wide, 0, words, null);
    if (entryHash.length > RETAINED_ENTRIES || bytes.length > 16 * RETAINED_ENTRIES) {
      PER_THREAD.remove();
    }
  }

  private void reset(FeatureConfig config, String text, TokenOffsets tokens) {
    this.config = config;
    this.seed = config.hashSeed();
    this.distinct = true;
    this.entries = 0;
    this.unigramEntries = 0;
    this.length = 0;
    int n = tokens.size();
    this.words = n;
    int first = n == 0 ? 0 : tokens.start(0);
    int chars = n == 0 ? 0 : tokens.end(n - 1) - first;
    if (bytes.length < chars + n + 16) {
      bytes = new byte[chars + n + 16];
    }
    if (span.length < chars) {
      span = new char[chars];
    }
    if (wordStart.length < n) {
      wordStart = new int[n];
      wordEnd = new int[n];
      wordState = new int[n];
      wordBlocks = new int[n];
      wide = new String[n];
    }
    // One bulk copy reads faster than a String.charAt per character.
    text.getChars(first, first + chars, span, 0);
    bytes[length++] = ' ';
    for (int k = 0; k < n; k++) {
      wordStart[k] = length;
      wide[k] = append(span, tokens.start(k) - first, tokens.end(k) - first);
      wordEnd[k] = length;
      bytes[length++] = ' ';
      if (wide[k] != null && !encodesDistinctly(wide[k])) {
        distinct = false;
        return;
      }
    }
    int wordNgrams = 0;
    for (int size = config.wordNgramMin(); size <= config.wordNgramMax(); size++) {
      wordNgrams += Math.max(0, n - size + 1);
    }
    prepare(Math.max(16, wordNgrams + (config.charNgramMin() == 0 ? 0 : chars * 4)));
    boolean unigrams = config.wordNgramMin() == 1;
    for (int size = config.wordNgramMin(); size <= config.wordNgramMax(); size++) {
      for (int i = 0; i + size <= n; i++) {
        int from = wordStart[i];
        int to = wordEnd[i + size - 1];
        int blocks = (2 + to - from) >>> 2;
        int h;
        if (size == 1) {
          // Keep the state after the unigram's whole blocks: every longer n-gram starting at this
          // word begins with the same bytes, so its hash resumes from there.
          int state = MurmurHash3.mixBlocks(WORD, COLON, bytes, from, 0, blocks, seed);
          wordState[i] = state;
          wordBlocks[i] = blocks;
          h = MurmurHash3.finishTail(WORD, COLON, bytes, from, to, state);
        } else if (unigrams) {
          int state =
              MurmurHash3.mixBlocks(WORD, COLON, bytes, from, wordBlocks[i], blocks, wordState[i]);
          h = MurmurHash3.finishTail(WORD, COLON, bytes, from, to, state);
        } else {
          h = MurmurHash3.hash32(WORD, COLON, bytes, from, to, seed);
        }
        add(WORD, from, to, h);
      }
      if (size == 1) {
        unigramEntries = entries;
      }
    }
    if (config.charNgramMin() > 0) {
      for (int k = 0; k < n; k++) {
        if (wide[k] == null) {
          addCharNgrams(wordStart[k] - 1, wordEnd[k] + 1);
        } else {
          addCharNgrams(" " + wide[k] + " ");
        }
      }
    }
  }

  /**
   * Whether every n-gram of a normalised word has its own UTF-8 bytes: false when a surrogate can
   * stand alone in one (a lone surrogate in the word, or any surrogate when character n-grams may
   * cut a pair), since UTF-8 encodes every lone surrogate as the same '?'.
   */
  private boolean encodesDistinctly(String word) {
    boolean charNgrams = config.charNgramMin() > 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isSurrogate(c)) {
        if (charNgrams
            || !Character.isHighSurrogate(c)
            || i + 1 == word.length()
            || !Character.isLowSurrogate(word.charAt(i + 1))) {
          return false;
        }
        i++;
      }
    }
    return true;
  }

  /**
   * Whether the counts are exact: false when some word holds a surrogate that UTF-8 cannot tell
   * apart from another (see {@link #encodesDistinctly}); the caller must then use the string path.
   */
  boolean exact() {
    return distinct;
  }

  /**
   * Appends the normalised bytes of {@code text[from, to)}. ASCII characters go through a table;
   * other BMP characters are lower-cased one by one and encoded in place when there are no
   * character n-grams and {@link String#toLowerCase} would treat them alike ({@link
   * #directLowerCase}). Any other word goes through the reference steps ({@link #appendWide}), so
   * case folding and digit shapes match exactly, and its normalised string is returned; else null.
   */
  private String append(char[] text, int from, int to) {
    // At most 3 UTF-8 bytes per character on the direct path (no surrogates there).
    ensure(3 * (to - from));
    boolean lower = config.lowerCase();
    byte[] map = ASCII[(lower ? 1 : 0) | (config.digitShape() ? 2 : 0)];
    // The normalised string is needed only to cut character n-grams out of it.
    boolean direct = config.charNgramMin() == 0;
    byte[] out = bytes;
    int at = length;
    for (int i = from; i < to; i++) {
      char c = text[i];
      if (c < 128) {
        out[at++] = map[c];
        continue;
      }
      int d = direct ? directLowerCase(c, lower) : -1;
      if (d < 0) {
        // length still marks the word's start: the bytes written so far are overwritten.
        return appendWide(new String(text, from, to - from));
      }
      if (d < 0x80) {
        out[at++] = map[d];
      } else if (d < 0x800) {
        out[at++] = (byte) (0xc0 | d >>> 6);
        out[at++] = (byte) (0x80 | d & 0x3f);
      } else {
        out[at++] = (byte) (0xe0 | d >>> 12);
        out[at++] = (byte) (0x80 | d >>> 6 & 0x3f);
        out[at++] = (byte) (0x80 | d & 0x3f);
      }
    }
    length = at;
    return null;
  }

  /**
   * The normalised form of the non-ASCII character {@code c} when it is one BMP character that
   * {@link LowerCase} would give on its own, whatever surrounds it; -1 when the string steps must
   * decide: surrogates, and the two characters that {@link String#toLowerCase} treats specially (İ
   * becomes two characters, Σ depends on its neighbours).
   */
  private static int directLowerCase(char c, boolean lower) {
    if (Character.isSurrogate(c)) {
      return -1;
    }
    if (!lower) {
      return c;
    }
    if (c == '\u0130' || c == '\u03a3') {
      return -1;
    }
    int d = Character.toLowerCase((int) c);
    return d > 0xffff || Character.isSurrogate((char) d) ? -1 : d;
  }

  private String appendWide(String word) {
    List<String> one = List.of(word);
    for (TermStep step : config.wordSteps()) {
      one = step.apply(one);
    }
    String normalised = one.get(0);
    appendBytes(normalised.getBytes(StandardCharsets.UTF_8));
    return normalised;
  }

  private void appendBytes(byte[] b) {
    ensure(b.length);
    System.arraycopy(b, 0, bytes, length, b.length);
    length += b.length;
  }

  private void ensure(int more) {
    if (length + more + 1 > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more + 16));
    }
  }

  /** Character n-grams of an ASCII padded word lying at {@code bytes[from, to)}. */
  private void addCharNgrams(int from, int to) {
    for (int size = config.charNgramMin(); size <= config.charNgramMax(); size++) {
      for (int i = from; i + size <= to; i++) {
        add(CHAR, i, i + size, MurmurHash3.hash32(CHAR, COLON, bytes, i, i + size, seed));
      }
    }
  }

  /**
   * Character n-grams of a padded word that is not ASCII: cut in UTF-16 units like {@link
   * CharNgrams}, each encoded on its own (a cut surrogate pair encodes as '?', as in the string
   * path) and appended after the words.
   */
  private void addCharNgrams(String padded) {
    for (int size = config.charNgramMin(); size <= config.charNgramMax(); size++) {
      for (int i = 0; i + size <= padded.length(); i++) {
        int from = length;
        appendBytes(padded.substring(i, i + size).getBytes(StandardCharsets.UTF_8));
        add(CHAR, from, length, MurmurHash3.hash32(CHAR, COLON, bytes, from, length, seed));
      }
    }
  }

  /** Room for {@code capacity} entries and an empty table twice that size. */
  private void prepare(int capacity) {
    if (entryHash.length < capacity) {
      entryHash = new int[capacity];
      entryFrom = new int[capacity];
      entryTo = new int[capacity];
      entryKind = new byte[capacity];
      entryCount = new int[capacity];
    }
    int tableSize = Integer.highestOneBit(capacity * 2 - 1) << 1;
    if (slots.length < tableSize) {
      slots = new int[tableSize];
    } else {
      Arrays.fill(slots, 0, tableSize, 0);
    }
    slotMask = tableSize - 1;
  }

  /** Counts the n-gram {@code kind:bytes[from, to)}, whose hash is {@code h}. */
  private void add(byte kind, int from, int to, int h) {
    int slot = (h ^ (h >>> 16)) & slotMask;
    for (int e = slots[slot]; e != 0; e = slots[slot]) {
      int i = e - 1;
      if (entryHash[i] == h
          && entryKind[i] == kind
          && sameBytes(entryFrom[i], entryTo[i], from, to)) {
        entryCount[i]++;
        return;
      }
      slot = (slot + 1) & slotMask;
    }
    if (entries == entryHash.length) {
      grow();
      add(kind, from, to, h);
      return;
    }
    entryHash[entries] = h;
    entryFrom[entries] = from;
    entryTo[entries] = to;
    entryKind[entries] = kind;
    entryCount[entries] = 1;
    entries++;
    slots[slot] = entries;
  }

  private boolean sameBytes(int from1, int to1, int from2, int to2) {
    // Arrays.equals compares whole words at a time (a JDK intrinsic) and checks the lengths first.
    return Arrays.equals(bytes, from1, to1, bytes, from2, to2);
  }

  private void grow() {
    int capacity = entryHash.length * 2;
    entryHash = Arrays.copyOf(entryHash, capacity);
    entryFrom = Arrays.copyOf(entryFrom, capacity);
    entryTo = Arrays.copyOf(entryTo, capacity);
    entryKind = Arrays.copyOf(entryKind, capacity);
    entryCount = Arrays.copyOf(entryCount, capacity);
    int tableSize = Integer.highestOneBit(capacity * 2 - 1) << 1;
    slots = new int[tableSize];
    slotMask = tableSize - 1;
    for (int i = 0; i < entries; i++) {
      int h = entryHash[i];
      int slot = (h ^ (h >>> 16)) & slotMask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & slotMask;
      }
      slots[slot] = i + 1;
    }
  }

  private static double weigh(Weighting weighting, int count) {
    return count < 64 ? WEIGHTS[weighting.ordinal()][count] : weighting.weigh(count);
  }

  /**
   * The counted n-grams as named terms in first-seen order, as {@link HashingVectorizer#terms}
   * returns them; each name is decoded from its bytes, which gives back the normalised words
   * exactly because {@link #exact()} rules out lone surrogates.
   */
  List<HashedTerm> terms() {
    if (!distinct) {
      throw new IllegalStateException("counts are not exact; use the string path");
    }
    Weighting weighting = config.weighting();
    double norm = norm(weighting);
    int mask = config.buckets() - 1;
    List<HashedTerm> out = new ArrayList<>(entries);
    for (int i = 0; i < entries; i++) {
      String name =
          (entryKind[i] == WORD ? "w:" : "c:")
              + new String(bytes, entryFrom[i], entryTo[i] - entryFrom[i], StandardCharsets.UTF_8);
      double sign = entryHash[i] < 0 ? -1.0 : 1.0;
      out.add(
          new HashedTerm(name, entryHash[i] & mask, sign * weigh(weighting, entryCount[i]) / norm));
    }
    return out;
  }

  /**
   * Adds to {@code out} the distinct normalised words, in first-seen order: the names of the word
   * unigram terms without their {@code w:} prefix (none when the configuration has no unigrams),
   * decoded from their bytes, which gives back the words exactly because {@link #exact()} rules out
   * lone surrogates.
   */
  void distinctWords(Collection<String> out) {
    if (!distinct) {
      throw new IllegalStateException("counts are not exact; use the string path");
    }
    for (int i = 0; i < unigramEntries; i++) {
      out.add(new String(bytes, entryFrom[i], entryTo[i] - entryFrom[i], StandardCharsets.UTF_8));
    }
  }

  /** The L2 norm of the weighted counts, summed in first-seen order as the string path does. */
  private double norm(Weighting weighting) {
    double norm = 0;
    for (int i = 0; i < entries; i++) {
      double w = weigh(weighting, entryCount[i]);
      norm += w * w;
    }
    return Math.sqrt(norm);
  }

  /**
   * Entry indices sorted by bucket ({@code hash & mask}), first-seen order within a bucket, so that
   * colliding terms are summed in the order a map merge of the first-seen list would sum them.
   */
  private int[] byBucket(int mask) {
    if (order.length < entries) {
      order = new int[entries];
      radix = new int[entries];
      keyed = new long[entries];
    }
    if (entries < 512) {
      // Few entries: a sort of (bucket, position) pairs beats clearing the radix counts.
      for (int i = 0; i < entries; i++) {
        keyed[i] = (long) (entryHash[i] & mask) << 32 | i;
      }
      Arrays.sort(keyed, 0, entries);
      for (int k = 0; k < entries; k++) {
        order[k] = (int) keyed[k];
      }
      return order;
    }
    // Two stable counting-sort passes over the low and high halves of the bucket bits (LSD radix).
    int bits = Integer.bitCount(mask);
    int low = (bits + 1) / 2;
    int digitMask = (1 << low) - 1;
    int[] from = radix;
    for (int i = 0; i < entries; i++) {
      from[i] = i;
    }
    int[] to = order;
    for (int shift = 0; shift < bits; shift += low) {
      int[] count = digitCounts;
      Arrays.fill(count, 0, digitMask + 2, 0);
      for (int k = 0; k < entries; k++) {
        count[((entryHash[from[k]] & mask) >>> shift & digitMask) + 1]++;
      }
      for (int d = 0; d <= digitMask; d++) {
        count[d + 1] += count[d];
      }
      for (int k = 0; k < entries; k++) {
        int i = from[k];
        to[count[(entryHash[i] & mask) >>> shift & digitMask]++] = i;
      }
      int[] swap = from;
      from = to;
      to = swap;
    }
    return from;
  }

  /**
   * The dot product of {@link #vector} of {@code dense} with {@code weights}, summed in first-seen
   * order without sorting the n-grams by column: the same sum as {@link FeatureVector#dot} of that
   * vector up to rounding (terms added in another order, the L2 norm divided out once at the end),
   * and deterministic for a given text. Columns at or beyond {@code weights.length} count as 0.
   */
  double dot(double[] dense, double[] weights) {
    if (!distinct) {
      throw new IllegalStateException("counts are not exact; use the string path");
    }
    Weighting weighting = config.weighting();
    int mask = config.buckets() - 1;
    double sum = 0;
    // The squares summed in the same order as norm() sums them, so the same norm, in this one pass.
    double squares = 0;
    for (int i = 0; i < entries; i++) {
      int h = entryHash[i];
      double w = weigh(weighting, entryCount[i]);
      squares += w * w;
      int bucket = h & mask;
      if (bucket < weights.length) {
        double term = w * weights[bucket];
        sum += h < 0 ? -term : term;
      }
    }
    sum = entries == 0 ? 0.0 : sum / Math.sqrt(squares);
    int buckets = config.buckets();
    for (int i = 0; i < dense.length; i++) {
      if (dense[i] != 0.0 && buckets + i < weights.length) {
        sum += dense[i] * weights[buckets + i];
      }
    }
    return sum;
  }

  /**
   * The vector of the counted n-grams followed by the dense block: dense value {@code i} goes to
   * column {@code buckets + i} when it is not 0.
   */
  FeatureVector vector(double[] dense) {
    if (!distinct) {
      throw new IllegalStateException("counts are not exact; use the string path");
    }
    Weighting weighting = config.weighting();
    // Same operations in the same (first-seen) order as the string path, so the same doubles.
    double norm = norm(weighting);
    int[] order = byBucket(config.buckets() - 1);
    int denseCount = 0;
    for (double d : dense) {
      if (d != 0.0) {
        denseCount++;
      }
    }
    if (outIndices.length < entries + denseCount) {
      outIndices = new int[entries + denseCount];
      outValues = new double[entries + denseCount];
    }
    int[] indices = outIndices;
    double[] values = outValues;
    int size = 0;
    int mask = config.buckets() - 1;
    for (int k = 0; k < entries; k++) {
      int i = order[k];
      int bucket = entryHash[i] & mask;
      double sign = entryHash[i] < 0 ? -1.0 : 1.0;
      double value = sign * weigh(weighting, entryCount[i]) / norm;
      if (size > 0 && indices[size - 1] == bucket) {
        values[size - 1] = values[size - 1] + value;
      } else {
        indices[size] = bucket;
        values[size] = value;
        size++;
      }
    }
    int buckets = config.buckets();
    for (int i = 0; i < dense.length; i++) {
      if (dense[i] != 0.0) {
        indices[size] = buckets + i;
        values[size] = dense[i];
        size++;
      }
    }
    return new FeatureVector(Arrays.copyOf(indices, size), Arrays.copyOf(values, size));
  }
}
