package dev.veracity.text;

import java.util.Locale;
import java.util.Set;

/**
 * Joins a split after an abbreviated unit or short form followed by a lowercase word: "4 oz. cooked
 * chicken", "1 tsp. olive oil", "approx. two".
 */
final class UnitAbbreviationRepair implements SplitRepair {

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "oz.", "lb.", "lbs.", "tsp.", "tbsp.", "ft.", "in.", "yd.", "mi.", "sq.", "cu.", "pt.",
          "qt.", "gal.", "min.", "hr.", "hrs.", "sec.", "no.", "nos.", "vol.", "pp.", "approx.",
          "est.", "fig.", "dept.", "inc.", "corp.", "co.", "ltd.");

  @Override
  public boolean joins(CharSequence text, Span before, Span after) {
    return Character.isLowerCase(SplitRepair.first(text, after))
        && ABBREVIATIONS.contains(SplitRepair.lastWord(text, before).toLowerCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return "unit abbreviation + lowercase";
  }
}
