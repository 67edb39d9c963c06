package dev.veracity.article;

import java.util.List;
import java.util.Optional;

/**
 * Finds the headline line and marks later repeats of it as boilerplate.
 *
 * <p>A line equal to the known title wins; otherwise the first line that is not furniture is the
 * headline when it looks like one: short, no terminal period, not the start of a wrapped paragraph.
 */
final class TitleFinder {

  private static final int SEARCH_LINES = 20;
  private static final int MAX_TITLE_LENGTH = 200;
  private static final int MAX_TITLE_WORDS = 30;

  /**
   * Labels the title line and its repeats in {@code verdicts}.
   *
   * @return the index of the title line, or -1 when there is none
   */
  int mark(List<Line> lines, LineVerdict[] verdicts, Optional<String> knownTitle) {
    int title = knownTitle.map(t -> findEqual(lines, t.strip())).orElse(-1);
    double confidence = 0.95;
    String reason = "equals the article's known title";
    if (title < 0) {
      title = firstHeadlineLike(lines, verdicts);
      confidence = 0.8;
      reason = "first line, shaped like a headline";
    }
    if (title < 0) {
      return -1;
    }
    verdicts[title] = LineVerdict.of(LineLabel.TITLE, reason, confidence);
    String text = lines.get(title).text();
    for (int i = title + 1; i < lines.size(); i++) {
      Line other = lines.get(i);
      if (other.length() == text.length() && other.text().equalsIgnoreCase(text)) {
        verdicts[i] = LineVerdict.of(LineLabel.BOILERPLATE, "repeated headline", 0.95);
      }
    }
    return title;
  }

  private static int findEqual(List<Line> lines, String title) {
    int limit = Math.min(lines.size(), SEARCH_LINES);
    for (int i = 0; i < limit; i++) {
      Line line = lines.get(i);
      if (line.length() == title.length() && line.text().equalsIgnoreCase(title)) {
        return i;
      }
    }
    return -1;
  }

  private static int firstHeadlineLike(List<Line> lines, LineVerdict[] verdicts) {
    int limit = Math.min(lines.size(), SEARCH_LINES);
    for (int i = 0; i < limit; i++) {
      if (verdicts[i].label() == LineLabel.TEXT) {
        return looksLikeHeadline(lines, i) ? i : -1;
      }
    }
    return -1;
  }

  private static boolean looksLikeHeadline(List<Line> lines, int i) {
    Line line = lines.get(i);
    if (line.length() > MAX_TITLE_LENGTH || line.marker() != Line.Marker.NONE) {
      return false;
    }
    String text = line.text();
    char last = text.charAt(text.length() - 1);
    if (last == '.' || last == ',' || last == ';' || last == ':') {
      return false;
    }
    int words = 1;
    boolean letter = false;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      words += c == ' ' ? 1 : 0;
      letter |= Character.isLetter(c);
    }
    if (!letter || words > MAX_TITLE_WORDS) {
      return false;
    }
    // A first line directly followed by a lower-case line is the start of a wrapped paragraph.
    if (i + 1 < lines.size() && lines.get(i + 1).blankBefore() == 0) {
      return !Character.isLowerCase(lines.get(i + 1).charAt(0));
    }
    return true;
  }

  @Override
  public String toString() {
    return "TitleFinder";
  }
}
