package dev.veracity.cli;

import dev.veracity.embed.SentenceEncoder;
import dev.veracity.embed.bge.BgeSmallSentenceEncoder;
import dev.veracity.embed.e5.E5SmallSentenceEncoder;
import java.util.List;
import java.util.Optional;

/**
 * The sentence encoders a check-worthiness model can use, by the short name of {@code train
 * checkworthy --vectors} and by the name a model's features record. One instance of each per
 * process; MiniLM is the one the fact-check store uses.
 */
final class ClaimEncoders {

  /** The values {@code --vectors} accepts. */
  static final List<String> OPTIONS = List.of("none", "minilm", "bge", "e5");

  private ClaimEncoders() {}

  /**
   * The encoder of {@code --vectors option}; empty for {@code none}.
   *
   * @throws IllegalArgumentException for another value
   */
  static Optional<SentenceEncoder> forOption(String option) {
    return switch (option) {
      case "none" -> Optional.empty();
      case "minilm" -> Optional.of(FactCheckStores.encoder());
      case "bge" -> Optional.of(BgeHolder.ENCODER);
      case "e5" -> Optional.of(E5Holder.ENCODER);
      default ->
          throw new IllegalArgumentException(
              "--vectors must be one of " + OPTIONS + ", got " + option);
    };
  }

  /** The encoder whose {@link SentenceEncoder#name()} is {@code name}, when this build has it. */
  static Optional<SentenceEncoder> byName(String name) {
    for (String option : OPTIONS.subList(1, OPTIONS.size())) {
      SentenceEncoder e = forOption(option).orElseThrow();
      if (e.name().equals(name)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  // Loaded on first use only: most runs never need bge or e5.
  private static final class BgeHolder {
    static final SentenceEncoder ENCODER = new BgeSmallSentenceEncoder();
  }

  private static final class E5Holder {
    static final SentenceEncoder ENCODER = new E5SmallSentenceEncoder();
  }
}
