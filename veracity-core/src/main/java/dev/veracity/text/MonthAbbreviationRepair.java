package dev.veracity.text;

import java.util.Set;

/** Joins a split after an abbreviated month followed by a number: "Jan. 5", "Sept. 11". */
final class MonthAbbreviationRepair implements SplitRepair {

  private static final Set<String> MONTHS =
      Set.of(
          "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.",
          "Dec.");

  @Override
  public boolean joins(CharSequence text, Span before, Span after) {
    return Character.isDigit(SplitRepair.first(text, after))
        && MONTHS.contains(SplitRepair.lastWord(text, before));
  }

  @Override
  public String toString() {
    return "month abbreviation + number";
  }
}
