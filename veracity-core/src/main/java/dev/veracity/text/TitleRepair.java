package dev.veracity.text;

import java.util.Set;

/** Joins a split after a title followed by a capitalised word: "Dr. Smith", "Lt. Col. Dan". */
final class TitleRepair implements SplitRepair {

  // "Jr." and "Sr." are left out: they often end a sentence.
  private static final Set<String> TITLES =
      Set.of(
          "Dr.", "Mr.", "Mrs.", "Ms.", "Messrs.", "Prof.", "Gen.", "Sen.", "Rep.", "Gov.", "Lt.",
          "Col.", "Maj.", "Capt.", "Sgt.", "Cpl.", "Adm.", "Cmdr.", "Rev.", "Hon.", "Pres.",
          "Supt.", "St.", "Mt.", "Ft.");

  @Override
  public boolean joins(CharSequence text, Span before, Span after) {
    char first = SplitRepair.first(text, after);
    return (Character.isUpperCase(first) || Character.isTitleCase(first))
        && TITLES.contains(SplitRepair.lastWord(text, before));
  }

  @Override
  public String toString() {
    return "title + name";
  }
}
