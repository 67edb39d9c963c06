package dev.veracity.text;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A chain of {@link NormalizationStep}s that turns submitted text into clean text while keeping the
 * map back to the original offsets.
 *
 * <p>Order matters: invisible characters go before NFC so that a mark they separated from its base
 * still composes, which keeps the standard chain idempotent on text without '&amp;'.
 *
 * <p>Immutable and thread-safe when its steps are (the built-in ones are). Memory is about ten
 * bytes per character while a step changes text, so callers cap input size first.
 */
public final class TextNormalizer {

  private static final TextNormalizer STANDARD =
      new TextNormalizer(
          List.of(
              new HtmlEntityStep(),
              new Cp1252RepairStep(),
              new LineEndingStep(),
              new ZeroWidthStep(),
              new NfcStep(),
              new ControlCharacterStep(),
              new UnicodeSpaceStep(),
              new QuoteStep(),
              new DashStep(),
              new EllipsisStep()));

  private final List<NormalizationStep> steps;

  private TextNormalizer(List<NormalizationStep> steps) {
    this.steps = List.copyOf(steps);
  }

  /**
   * The default chain for news text: decode HTML entities, repair C1 controls that were
   * Windows-1252 punctuation, CRLF/CR to LF, drop zero-width characters, NFC, other controls to
   * space, Unicode spaces to space, typographic quotes to ASCII, dashes to '-', and '…' to "...".
   */
  public static TextNormalizer standard() {
    return STANDARD;
  }

  /** A chain of {@code steps}, run in the order given. */
  public static TextNormalizer of(List<NormalizationStep> steps) {
    Objects.requireNonNull(steps, "steps");
    return new TextNormalizer(steps);
  }

  /** A chain of {@code steps}, run in the order given. */
  public static TextNormalizer of(NormalizationStep... steps) {
    return of(List.of(steps));
  }

  /** The steps in the order they run. */
  public List<NormalizationStep> steps() {
    return steps;
  }

  /** Normalises {@code original}. */
  public NormalizedText normalize(String original) {
    Objects.requireNonNull(original, "original");
    TextEdits edits = new TextEdits(original);
    for (NormalizationStep step : steps) {
      edits.run(step);
    }
    return edits.result(original);
  }

  @Override
  public String toString() {
    return steps.stream()
        .map(Object::toString)
        .collect(Collectors.joining(", ", "TextNormalizer[", "]"));
  }
}
