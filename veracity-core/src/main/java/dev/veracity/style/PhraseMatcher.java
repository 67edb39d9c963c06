package dev.veracity.style;

import dev.veracity.text.Token;
import dev.veracity.text.Tokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds lexicon phrases in a token sequence: phrases are tokenised like the text, indexed by their
 * first token, and matched token by token, longest phrase first. Thread-safe once built.
 */
final class PhraseMatcher {

  private final Map<String, String[][]> byFirstToken;
  private final String name;

  PhraseMatcher(Lexicon lexicon, Tokenizer tokenizer) {
    Map<String, List<String[]>> index = new HashMap<>();
    for (String phrase : lexicon.entries()) {
      List<Token> tokens = tokenizer.tokenize(phrase);
      if (tokens.isEmpty()) {
        continue;
      }
      String[] sequence = new String[tokens.size()];
      for (int i = 0; i < sequence.length; i++) {
        sequence[i] = Lexicon.normalize(tokens.get(i).text());
      }
      index.computeIfAbsent(sequence[0], k -> new ArrayList<>()).add(sequence);
    }
    Map<String, String[][]> frozen = new HashMap<>();
    for (Map.Entry<String, List<String[]>> e : index.entrySet()) {
      List<String[]> sequences = e.getValue();
      sequences.sort(Comparator.comparingInt((String[] s) -> s.length).reversed());
      frozen.put(e.getKey(), sequences.toArray(new String[0][]));
    }
    this.byFirstToken = frozen;
    this.name = lexicon.resource();
  }

  /**
   * The number of tokens of the longest phrase that starts at {@code from}, or 0.
   *
   * @param normalized normalised tokens
   * @param from where the phrase must start
   * @param limit index after the last token that may be part of the phrase
   */
  int matchAt(String[] normalized, int from, int limit) {
    String[][] candidates = byFirstToken.get(normalized[from]);
    if (candidates == null) {
      return 0;
    }
    for (String[] phrase : candidates) {
      if (from + phrase.length > limit) {
        continue;
      }
      int k = 1;
      while (k < phrase.length && phrase[k].equals(normalized[from + k])) {
        k++;
      }
      if (k == phrase.length) {
        return k;
      }
    }
    return 0;
  }

  @Override
  public String toString() {
    return "PhraseMatcher(" + name + ")";
  }
}
