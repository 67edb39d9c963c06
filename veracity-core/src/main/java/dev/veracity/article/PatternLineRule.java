package dev.veracity.article;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A line rule that matches a whole trimmed line against one precompiled pattern.
 *
 * <p>Lines longer than {@code maxLength} are skipped before the pattern runs, which keeps long
 * prose lines cheap: page furniture is short.
 */
abstract class PatternLineRule implements LineRule {

  private static final int QUOTED_TEXT_LENGTH = 48;

  private final String description;
  private final LineLabel label;
  private final double confidence;
  private final int maxLength;
  private final Pattern pattern;

  PatternLineRule(
      String description, LineLabel label, double confidence, int maxLength, String regex) {
    this.description = description;
    this.label = label;
    this.confidence = confidence;
    this.maxLength = maxLength;
    this.pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  @Override
  public Optional<LineVerdict> classify(List<Line> lines, int index) {
    String text = lines.get(index).text();
    if (text.length() > maxLength || !pattern.matcher(text).matches()) {
      return Optional.empty();
    }
    return Optional.of(LineVerdict.of(label, description + ": " + quoted(text), confidence));
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
