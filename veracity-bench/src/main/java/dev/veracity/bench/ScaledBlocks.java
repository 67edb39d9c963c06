package dev.veracity.bench;

import dev.veracity.embed.SentenceEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Concatenates the vectors of several encoders, each multiplied by its own scale, so that an
 * experiment can weigh a dense block against the lexical features (with L2 regularisation a larger
 * scale is a weaker penalty on that block).
 *
 * <p>For experiments only: its vectors are not unit-length, which {@link SentenceEncoder}'s
 * contract asks for.
 */
final class ScaledBlocks implements SentenceEncoder {

  private final List<SentenceEncoder> blocks;
  private final List<Double> scales;

  ScaledBlocks(List<SentenceEncoder> blocks, List<Double> scales) {
    this.blocks = List.copyOf(blocks);
    this.scales = List.copyOf(scales);
  }

  @Override
  public int dimension() {
    return blocks.stream().mapToInt(SentenceEncoder::dimension).sum();
  }

  @Override
  public float[] encode(String text) {
    return encodeAll(List.of(text)).get(0);
  }

  @Override
  public List<float[]> encodeAll(List<String> texts) {
    List<float[]> out = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      out.add(new float[dimension()]);
    }
    int offset = 0;
    for (int b = 0; b < blocks.size(); b++) {
      List<float[]> part = blocks.get(b).encodeAll(texts);
      float scale = scales.get(b).floatValue();
      for (int i = 0; i < texts.size(); i++) {
        float[] v = part.get(i);
        for (int k = 0; k < v.length; k++) {
          out.get(i)[offset + k] = v[k] * scale;
        }
      }
      offset += blocks.get(b).dimension();
    }
    return out;
  }

  @Override
  public String name() {
    List<String> names = new ArrayList<>();
    for (int b = 0; b < blocks.size(); b++) {
      names.add(blocks.get(b).name() + "*" + scales.get(b));
    }
    return String.join("+", names);
  }

  @Override
  public String provenance() {
    return blocks.stream().map(SentenceEncoder::provenance).collect(Collectors.joining("; "));
  }
}
