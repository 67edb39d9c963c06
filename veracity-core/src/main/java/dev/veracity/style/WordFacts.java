package dev.veracity.style;

import dev.veracity.text.Token;
import dev.veracity.text.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Everything the word lists say about one normalised word, so that each token costs one hash lookup
 * however many lists there are. Phrase candidates are the list entries that start with the word,
 * tokenised like the text, longest first. Immutable once {@link Index#build} returns.
 */
final class WordFacts {

  // Declared before NONE: static fields initialise in text order and NONE's fields read it.
  private static final String[][] NO_PHRASES = new String[0][];

  /** The facts of a word no list mentions. */
  static final WordFacts NONE = new WordFacts();

  String[][] sensational = NO_PHRASES;
  String[][] hedging = NO_PHRASES;
  String[][] attribution = NO_PHRASES;
  String[][] clickbait = NO_PHRASES;
  boolean readerAddress;
  boolean stopword;
  boolean month;
  boolean weekday;
  boolean amountSuffix;

  private WordFacts() {}

  /**
   * The number of tokens of the longest candidate phrase that matches at {@code from}, or 0.
   *
   * @param candidates phrases starting with {@code tokens[from]}, longest first, already folded
   * @param tokens tokens as written; compared case-insensitively
   * @param limit index after the last token a phrase may use
   */
  static int match(String[][] candidates, TokenSequence tokens, int from, int limit) {
    for (String[] phrase : candidates) {
      if (from + phrase.length > limit) {
        continue;
      }
      int k = 1;
      while (k < phrase.length && tokens.foldsTo(from + k, phrase[k])) {
        k++;
      }
      if (k == phrase.length) {
        return k;
      }
    }
    return 0;
  }

  /** Builds the word-to-facts map from word lists. */
  static final class Index {
    private final Map<String, WordFacts> facts = new HashMap<>();
    private final Tokenizer tokenizer;

    Index(Tokenizer tokenizer) {
      this.tokenizer = tokenizer;
    }

    private WordFacts of(String word) {
      return facts.computeIfAbsent(word, w -> new WordFacts());
    }

    /** Marks each single word in {@code words}. */
    Index words(Iterable<String> words, Consumer<WordFacts> mark) {
      for (String w : words) {
        mark.accept(of(Lexicon.normalize(w)));
      }
      return this;
    }

    /** Registers each phrase of {@code lexicon} under its first token. */
    Index phrases(Lexicon lexicon, PhraseSlot slot) {
      Map<String, List<String[]>> byFirst = new HashMap<>();
      for (String phrase : lexicon.entries()) {
        List<Token> tokens = tokenizer.tokenize(phrase);
        if (tokens.isEmpty()) {
          continue;
        }
        String[] sequence = new String[tokens.size()];
        for (int i = 0; i < sequence.length; i++) {
          sequence[i] = Lexicon.normalize(tokens.get(i).text());
        }
        byFirst.computeIfAbsent(sequence[0], k -> new ArrayList<>()).add(sequence);
      }
      for (Map.Entry<String, List<String[]>> e : byFirst.entrySet()) {
        String[][] sorted = e.getValue().toArray(new String[0][]);
        Arrays.sort(sorted, Comparator.comparingInt((String[] s) -> s.length).reversed());
        slot.set(of(e.getKey()), sorted);
      }
      return this;
    }

    /** The finished lookup: word to facts, {@link #NONE} for unknown words. */
    FactTable build() {
      return new FactTable(facts);
    }
  }

  /** Which phrase list a lexicon fills. */
  enum PhraseSlot {
    SENSATIONAL,
    HEDGING,
    ATTRIBUTION,
    CLICKBAIT;

    void set(WordFacts facts, String[][] phrases) {
      switch (this) {
        case SENSATIONAL -> facts.sensational = phrases;
        case HEDGING -> facts.hedging = phrases;
        case ATTRIBUTION -> facts.attribution = phrases;
        case CLICKBAIT -> facts.clickbait = phrases;
      }
    }
  }
}
