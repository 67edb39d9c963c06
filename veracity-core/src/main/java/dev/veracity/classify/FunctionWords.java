package dev.veracity.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * English function words (articles, pronouns, auxiliaries, prepositions, conjunctions), the list
 * the style cues use. An explanation phrase made only of them says how a text is written, not what
 * it says, so explanations report them as one sum instead of as phrases.
 *
 * <p>Immutable and thread-safe.
 */
final class FunctionWords {

  private static final String RESOURCE = "/dev/veracity/style/stopwords.txt";

  private static final Set<String> WORDS = load();

  private FunctionWords() {}

  /** Whether every word of the n-gram feature {@code w:...} is a function word or punctuation. */
  static boolean onlyFunctionWords(String feature) {
    int from = feature.startsWith("w:") ? 2 : 0;
    // Word by word between single spaces, without split's array and a stream per word.
    while (from <= feature.length()) {
      int space = feature.indexOf(' ', from);
      int to = space < 0 ? feature.length() : space;
      if (hasLetterOrDigit(feature, from, to) && !WORDS.contains(feature.substring(from, to))) {
        return false;
      }
      from = to + 1;
    }
    return true;
  }

  /**
   * Whether some UTF-16 unit of {@code s[from, to)} is a letter or digit by {@link
   * Character#isLetterOrDigit(int)}, as {@code s.chars().anyMatch(Character::isLetterOrDigit)}.
   */
  static boolean hasLetterOrDigit(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetterOrDigit((int) s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> load() {
    byte[] bytes;
    try (InputStream in = FunctionWords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("function-word list missing: " + RESOURCE);
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    Set<String> words = new HashSet<>();
    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
      String w = line.strip();
      if (!w.isEmpty() && !w.startsWith("#")) {
        words.add(w);
      }
    }
    return Set.copyOf(words);
  }
}
