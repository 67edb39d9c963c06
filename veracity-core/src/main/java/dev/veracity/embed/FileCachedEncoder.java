package dev.veracity.embed;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A sentence encoder that answers from vectors stored in a file and encodes only texts it has not
 * seen, so that experiments encode each corpus once.
 *
 * <p>File format: int count, int dimension, then per text an int byte length, its UTF-8 bytes and
 * {@code dimension} floats. Thread-safe.
 */
public final class FileCachedEncoder implements SentenceEncoder {

  private final SentenceEncoder inner;
  private final Map<String, float[]> vectors = new LinkedHashMap<>();

  private FileCachedEncoder(SentenceEncoder inner) {
    this.inner = Objects.requireNonNull(inner, "inner");
  }

  /** An encoder over {@code inner} that starts from the vectors in {@code file}, if it exists. */
  public static FileCachedEncoder open(SentenceEncoder inner, Path file) throws IOException {
    FileCachedEncoder cached = new FileCachedEncoder(inner);
    if (Files.exists(file)) {
      try (DataInputStream in =
          new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
        int count = in.readInt();
        int dimension = in.readInt();
        if (dimension != inner.dimension()) {
          throw new IOException(
              file + " holds " + dimension + "-dimensional vectors, not " + inner.dimension());
        }
        for (int i = 0; i < count; i++) {
          byte[] text = new byte[in.readInt()];
          in.readFully(text);
          float[] v = new float[dimension];
          for (int k = 0; k < dimension; k++) {
            v[k] = in.readFloat();
          }
          cached.vectors.put(new String(text, StandardCharsets.UTF_8), v);
        }
      }
    }
    return cached;
  }

  /** Writes every vector known to {@code file}. */
  public synchronized void save(Path file) throws IOException {
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
      out.writeInt(vectors.size());
      out.writeInt(inner.dimension());
      for (var e : vectors.entrySet()) {
        byte[] text = e.getKey().getBytes(StandardCharsets.UTF_8);
        out.writeInt(text.length);
        out.write(text);
        for (float f : e.getValue()) {
          out.writeFloat(f);
        }
      }
    }
  }

  /** How many texts have a stored vector. */
  public synchronized int size() {
    return vectors.size();
  }

  @Override
  public int dimension() {
    return inner.dimension();
  }

  @Override
  public float[] encode(String text) {
    return encodeAll(List.of(text)).get(0);
  }

  @Override
  public synchronized List<float[]> encodeAll(List<String> texts) {
    List<String> missing = texts.stream().filter(t -> !vectors.containsKey(t)).distinct().toList();
    if (!missing.isEmpty()) {
      List<float[]> fresh = inner.encodeAll(missing);
      for (int i = 0; i < missing.size(); i++) {
        vectors.put(missing.get(i), fresh.get(i));
      }
    }
    List<float[]> out = new ArrayList<>(texts.size());
    for (String t : texts) {
      out.add(vectors.get(t).clone());
    }
    return out;
  }

  @Override
  public String name() {
    return inner.name();
  }

  @Override
  public String provenance() {
    return inner.provenance();
  }

  @Override
  public String toString() {
    return "FileCachedEncoder[" + inner + ", " + size() + " cached]";
  }
}
