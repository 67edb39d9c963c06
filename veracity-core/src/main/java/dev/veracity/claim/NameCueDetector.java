package dev.veracity.claim;

import dev.veracity.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds capitalised names: runs of capitalised words, minus capitalised function words that only
 * start a sentence ("The", "But"); a single capitalised word counts only away from the sentence
 * start, where capitals are not explained by grammar. Month and weekday names are left to the date
 * cue. Immutable and thread-safe.
 */
public final class NameCueDetector implements CueDetector {

  private static final Pattern RUN =
      Pattern.compile(
          "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:of|the|de|for)\\s+)?\\p{Lu}[\\p{L}'’.-]*)*");
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "The",
          "A",
          "An",
          "And",
          "But",
          "Or",
          "So",
          "If",
          "In",
          "On",
          "At",
          "As",
          "Of",
          "To",
          "For",
          "With",
          "By",
          "From",
          "This",
          "That",
          "These",
          "Those",
          "It",
          "Its",
          "I",
          "We",
          "You",
          "He",
          "She",
          "They",
          "My",
          "Our",
          "Your",
          "His",
          "Her",
          "Their",
          "Well",
          "Now",
          "Yes",
          "No",
          "Oh",
          "OK",
          "Okay",
          "Thank",
          "Thanks",
          "What",
          "Why",
          "How",
          "When",
          "Where",
          "Who",
          "Which",
          "There",
          "Here",
          "Let",
          "Let's",
          "I'm",
          "I've",
          "I'll",
          "It's",
          "Mr.",
          "Mrs.",
          "Ms.",
          "Dr.",
          "Because",
          "Then",
          "Also",
          "Not",
          "All",
          "Some",
          "Many",
          "Every",
          "Each",
          "Do",
          "Does",
          "Did",
          "Is",
          "Are",
          "Was",
          "Were",
          "Will",
          "Would",
          "Can",
          "Could",
          "Should",
          "Just",
          "Look",
          "Today",
          "Tonight",
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December",
          "Monday",
          "Tuesday",
          "Wednesday",
          "Thursday",
          "Friday",
          "Saturday",
          "Sunday");

  @Override
  public String id() {
    return "name";
  }

  @Override
  public List<Cue> detect(String sentence) {
    List<Cue> cues = new ArrayList<>();
    Matcher m = RUN.matcher(sentence);
    int firstLetter = firstLetter(sentence);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      String run = sentence.substring(start, end);
      // Drop leading function words ("The Senate" -> "Senate", "But Obama" -> "Obama").
      while (true) {
        int space = run.indexOf(' ');
        String first = space < 0 ? run : run.substring(0, space);
        if (!FUNCTION_WORDS.contains(first) || space < 0) {
          break;
        }
        int skip = space;
        while (skip < run.length() && run.charAt(skip) == ' ') {
          skip++;
        }
        start += skip;
        run = run.substring(skip);
      }
      while (run.endsWith(".") || run.endsWith("-") || run.endsWith("'")) {
        run = run.substring(0, run.length() - 1);
        end--;
      }
      boolean multiword = run.indexOf(' ') > 0;
      boolean single = !multiword && start != firstLetter && run.length() > 1;
      if ((multiword || single) && !FUNCTION_WORDS.contains(run)) {
        cues.add(
            new Cue(
                id(), "names a person, place or group: " + run, Optional.of(new Span(start, end))));
      }
    }
    return cues;
  }

  private static int firstLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public String toString() {
    return "NameCueDetector";
  }
}
