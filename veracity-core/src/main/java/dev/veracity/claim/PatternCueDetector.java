package dev.veracity.claim;

import dev.veracity.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cue detector driven by one regular expression, with an optional list of matches to ignore.
 *
 * <p>Each match becomes a cue whose description is {@code reason + ": " + matched text}. Immutable
 * and thread-safe.
 */
public final class PatternCueDetector implements CueDetector {

  private final String id;
  private final String reason;
  private final Pattern pattern;
  private final Set<String> ignored;

  /**
   * A detector for {@code pattern}.
   *
   * @param id the cue identifier
   * @param reason the start of each description, e.g. {@code contains a date}
   * @param pattern what to find
   * @param ignored lower-case matches that are not cues (e.g. "interest" for the "-est" pattern)
   */
  public PatternCueDetector(String id, String reason, Pattern pattern, Set<String> ignored) {
    this.id = Objects.requireNonNull(id, "id");
    this.reason = Objects.requireNonNull(reason, "reason");
    this.pattern = Objects.requireNonNull(pattern, "pattern");
    this.ignored = Set.copyOf(ignored);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public List<Cue> detect(String sentence) {
    List<Cue> cues = new ArrayList<>();
    Matcher m = pattern.matcher(sentence);
    while (m.find()) {
      if (m.end() == m.start()) {
        continue;
      }
      String found = m.group();
      if (ignored.contains(found.toLowerCase(Locale.ROOT))) {
        continue;
      }
      cues.add(
          new Cue(id, reason + ": " + found.strip(), Optional.of(new Span(m.start(), m.end()))));
    }
    return cues;
  }

  @Override
  public String toString() {
    return "PatternCueDetector[" + id + "]";
  }
}
