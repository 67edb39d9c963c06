package dev.veracity.comment;

import dev.veracity.claim.Cue;
import dev.veracity.claim.CueDetector;
import dev.veracity.text.Span;
import dev.veracity.text.Token;
import dev.veracity.text.WordTokenizer;
import java.util.List;
import java.util.Optional;

/**
 * Finds very short comments: at most {@code maxWords} word tokens (tokens holding a letter or
 * digit) and at least one token. The span covers all tokens. Immutable and thread-safe.
 */
public final class ShortCommentCueDetector implements CueDetector {

  private final int maxWords;
  private final WordTokenizer tokenizer = new WordTokenizer();

  /** A detector for comments of at most {@code maxWords} words. */
  public ShortCommentCueDetector(int maxWords) {
    if (maxWords < 1) {
      throw new IllegalArgumentException("maxWords must be >= 1, got " + maxWords);
    }
    this.maxWords = maxWords;
  }

  @Override
  public String id() {
    return "short";
  }

  @Override
  public List<Cue> detect(String comment) {
    List<Token> tokens = tokenizer.tokenize(comment);
    long words =
        tokens.stream()
            .filter(t -> t.text().codePoints().anyMatch(Character::isLetterOrDigit))
            .count();
    if (tokens.isEmpty() || words > maxWords) {
      return List.of();
    }
    return List.of(
        new Cue(
            id(),
            "is very short: " + words + (words == 1 ? " word" : " words"),
            Optional.of(new Span(tokens.get(0).start(), tokens.get(tokens.size() - 1).end()))));
  }

  @Override
  public String toString() {
    return "ShortCommentCueDetector[<= " + maxWords + " words]";
  }
}
