package dev.veracity.bench;

import dev.veracity.embed.SentenceEncoder;
import dev.veracity.text.Token;
import dev.veracity.text.WordTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Part-of-speech 1–3-grams of a sentence (OpenNLP's UD English-EWT tagger over {@link
 * WordTokenizer} tokens, sentence boundaries marked), counted into {@code buckets} hashed buckets,
 * log-scaled and L2-normalised: the syntax of a sentence without its words, as a dense block.
 *
 * <p>Thread-safe (tagging is serialised).
 */
final class PosNgramEncoder implements SentenceEncoder {

  private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  private final int buckets;
  private final POSTaggerME tagger;
  private final WordTokenizer tokenizer = new WordTokenizer();

  PosNgramEncoder(int buckets) {
    this.buckets = buckets;
    try (InputStream in = PosNgramEncoder.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException("POS model " + MODEL + " is not on the classpath");
      }
      this.tagger = new POSTaggerME(new POSModel(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public int dimension() {
    return buckets;
  }

  @Override
  public float[] encode(String text) {
    List<Token> tokens = tokenizer.tokenize(text);
    String[] words = tokens.stream().map(Token::text).toArray(String[]::new);
    String[] tags;
    synchronized (tagger) {
      tags = tagger.tag(words);
    }
    String[] seq = new String[tags.length + 2];
    seq[0] = "<s>";
    System.arraycopy(tags, 0, seq, 1, tags.length);
    seq[seq.length - 1] = "</s>";
    double[] counts = new double[buckets];
    for (int n = 1; n <= 3; n++) {
      for (int i = 0; i + n <= seq.length; i++) {
        StringBuilder g = new StringBuilder();
        for (int k = i; k < i + n; k++) {
          g.append(seq[k]).append(' ');
        }
        int h = java.util.Arrays.hashCode(g.toString().getBytes(StandardCharsets.UTF_8));
        counts[Math.floorMod(h * 0x9E3779B1, buckets)] += 1;
      }
    }
    float[] v = new float[buckets];
    double norm = 0;
    for (int i = 0; i < buckets; i++) {
      double c = counts[i] == 0 ? 0 : 1 + Math.log(counts[i]);
      v[i] = (float) c;
      norm += c * c;
    }
    norm = Math.sqrt(norm);
    for (int i = 0; i < buckets; i++) {
      v[i] = (float) (v[i] / norm);
    }
    return v;
  }

  @Override
  public String name() {
    return "pos123-" + buckets;
  }

  @Override
  public String provenance() {
    return "OpenNLP UD English-EWT POS tagger 1.3 (org.apache.opennlp:opennlp-models-pos-en:1.3.0)";
  }
}
