package dev.veracity.article;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A line rule that matches a whole trimmed line against one precompiled pattern.
 *
 * <p>Two cheap gates run before the pattern, because most lines are prose and the chain asks every
 * rule about every line: lines longer than {@code maxLength} are skipped (page furniture is short),
 * and so are lines whose {@link Line#firstWord()} is not among the rule's first words (none listed:
 * any). Subclasses may add a gate of their own.
 */
abstract class PatternLineRule implements LineRule {

  private static final int QUOTED_TEXT_LENGTH = 48;

  private final String description;
  private final LineLabel label;
  private final double confidence;
  private final int maxLength;
  private final Set<String> firstWords;
  private final Pattern pattern;

  PatternLineRule(
      String description,
      LineLabel label,
      double confidence,
      int maxLength,
      String firstWords,
      String regex) {
    this.description = description;
    this.label = label;
    this.confidence = confidence;
    this.maxLength = maxLength;
    this.firstWords = firstWords.isEmpty() ? Set.of() : Set.of(firstWords.split(" "));
    // ASCII-only case folding: every keyword is ASCII, and Unicode folding costs a lot per line.
    this.pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
  }

  @Override
  public Optional<LineVerdict> classify(List<Line> lines, int index) {
    Line line = lines.get(index);
    if (line.length() > maxLength
        || !(firstWords.isEmpty() || firstWords.contains(line.firstWord()))) {
      return Optional.empty();
    }
    String text = line.text();
    if (!gate(text) || !pattern.matcher(text).matches()) {
      return Optional.empty();
    }
    return Optional.of(LineVerdict.of(label, description + ": " + quoted(text), confidence));
  }

  /** An extra cheap test a line must pass before the pattern runs; true unless overridden. */
  boolean gate(String text) {
    return true;
  }

  /** Whether {@code text} ends with {@code suffix}, ignoring ASCII case. */
  static boolean endsWithIgnoreCase(String text, String suffix) {
    int from = text.length() - suffix.length();
    return from >= 0 && text.regionMatches(true, from, suffix, 0, suffix.length());
  }

  /** Whether {@code text} starts with {@code prefix}, ignoring ASCII case. */
  static boolean startsWithIgnoreCase(String text, String prefix) {
    return text.regionMatches(true, 0, prefix, 0, prefix.length());
  }

  /** Whether {@code text} contains a decimal digit. */
  static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /** {@code text} in single quotes, shortened with an ellipsis when long. */
  static String quoted(String text) {
    String shown =
        text.length() <= QUOTED_TEXT_LENGTH ? text : text.substring(0, QUOTED_TEXT_LENGTH) + "…";
    return "'" + shown + "'";
  }

  @Override
  public String toString() {
    return description + " (" + label.name().toLowerCase(Locale.ROOT) + ")";
  }
}
