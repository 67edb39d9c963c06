package dev.veracity.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OpenNlpSentenceSplitterTest {

  private static final SentenceSplitter SPLITTER = new OpenNlpSentenceSplitter();

  private static List<String> sentences(String text) {
    return SPLITTER.split(text).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void trickyParagraphSplitsIntoFiveSentences() {
    String text =
        "Dr. Smith said on Jan. 5 that the U.S. economy grew 3.2% last year. Critics disagreed!"
            + " \"The numbers are fake,\" one senator claimed. Was he right? Fact-checkers at"
            + " PolitiFact rated it False.";

    assertThat(sentences(text))
        .containsExactly(
            "Dr. Smith said on Jan. 5 that the U.S. economy grew 3.2% last year.",
            "Critics disagreed!",
            "\"The numbers are fake,\" one senator claimed.",
            "Was he right?",
            "Fact-checkers at PolitiFact rated it False.");
  }

  @Test
  void dateWithCommasStaysInOneSentence() {
    String text =
        "The ceasefire was brokered by the US and Russia on February, 27, 2016. Daesh and al-Nusra"
            + " Front have not agreed to observe the silence regime.";

    assertThat(sentences(text))
        .containsExactly(
            "The ceasefire was brokered by the US and Russia on February, 27, 2016.",
            "Daesh and al-Nusra Front have not agreed to observe the silence regime.");
  }

  @Test
  void monthAbbreviationFollowedByADayDoesNotEndASentence() {
    assertThat(sentences("It was Feb. 27 today. Then Sept. 11 came."))
        .containsExactly("It was Feb. 27 today.", "Then Sept. 11 came.");
  }

  @Test
  void titlesBeforeNamesDoNotEndASentence() {
    String text =
        "Gen. Patton won. He met Prof. Jones in St. Louis. Mr. Smith, Mrs. Smith and Ms. Jones"
            + " met Gov. Brown, Lt. Col. Dan and Rep. Lee.";

    assertThat(sentences(text))
        .containsExactly(
            "Gen. Patton won.",
            "He met Prof. Jones in St. Louis.",
            "Mr. Smith, Mrs. Smith and Ms. Jones met Gov. Brown, Lt. Col. Dan and Rep. Lee.");
  }

  @Test
  void initialismFollowedByLowercaseDoesNotEndASentence() {
    assertThat(sentences("They left at 5 p.m. and came back. It is on e.g. Monday or Tuesday."))
        .containsExactly("They left at 5 p.m. and came back.", "It is on e.g. Monday or Tuesday.");
  }

  @Test
  void initialismBeforeACapitalisedNameStaysInItsSentence() {
    assertThat(sentences("The U.S. Army came. It left."))
        .containsExactly("The U.S. Army came.", "It left.");
  }

  @Test
  void dottedUnitAbbreviationBeforeALowercaseWordDoesNotEndASentence() {
    assertThat(sentences("It holds 21.7 cu.ft. in total. Drop the seats."))
        .containsExactly("It holds 21.7 cu.ft. in total.", "Drop the seats.");
  }

  @Test
  void unitAbbreviationBeforeALowercaseWordDoesNotEndASentence() {
    assertThat(sentences("Add 4 oz. cooked chicken and 1 tsp. sesame oil. Serve warm."))
        .containsExactly("Add 4 oz. cooked chicken and 1 tsp. sesame oil.", "Serve warm.");
  }

  @Test
  void quotedExclamationFollowedByItsAttributionIsOneSentence() {
    assertThat(sentences("\"We got her!\" officers announced. \"Why?\" He left."))
        .containsExactly("\"We got her!\" officers announced.", "\"Why?\"", "He left.");
  }

  @Test
  void middleInitialDoesNotEndASentence() {
    assertThat(sentences("John F. Kennedy was shot. He died."))
        .containsExactly("John F. Kennedy was shot.", "He died.");
  }

  @Test
  void capitalLetterAfterALowercaseWordStillEndsASentence() {
    assertThat(sentences("He took vitamin C. The cold went away."))
        .containsExactly("He took vitamin C.", "The cold went away.");
  }

  @Test
  void sentenceNeverCrossesABlankLine() {
    assertThat(sentences("First part without a period\n\nSecond part.\n \t\nThird part."))
        .containsExactly("First part without a period", "Second part.", "Third part.");
  }

  @Test
  void crlfBlankLineIsAParagraphBreakToo() {
    assertThat(sentences("First part\r\n\r\nSecond part."))
        .containsExactly("First part", "Second part.");
  }

  @Test
  void headlineLinesAreSentencesOfTheirOwn() {
    String text = "Fact checked\nUS Bans Russia From Joining Coalition\nA Special Envoy said so.";

    assertThat(sentences(text))
        .containsExactly(
            "Fact checked", "US Bans Russia From Joining Coalition", "A Special Envoy said so.");
  }

  @Test
  void hardWrappedParagraphStaysWhole() {
    String text =
        "Russia is the only force fighting terrorism,\n"
            + "    Putin is single handily fighting terrorism and halting wars\n"
            + "    without the aid of allies. He met with\n"
            + "    President Obama.";

    assertThat(sentences(text))
        .containsExactly(
            "Russia is the only force fighting terrorism,\n"
                + "    Putin is single handily fighting terrorism and halting wars\n"
                + "    without the aid of allies.",
            "He met with\n    President Obama.");
  }

  @Test
  void ellipsisBeforeALowercaseWordDoesNotEndASentence() {
    assertThat(sentences("They disagreed... strongly. Then\u2026 nothing. Fine... Next."))
        .containsExactly("They disagreed... strongly.", "Then\u2026 nothing.", "Fine...", "Next.");
  }

  @Test
  void lineEndingInAColonBeforeAListIsASentenceOfItsOwn() {
    assertThat(sentences("Key claims:\n* Unemployment fell\n* Wages rose"))
        .containsExactly("Key claims:", "* Unemployment fell", "* Wages rose");
  }

  @Test
  void blankTextHasNoSentences() {
    assertThat(SPLITTER.split(" \n\t\u00A0\u200B ")).isEmpty();
  }

  @Test
  void sentencesExcludeSurroundingWhiteSpace() {
    String text = "  \n Hello there.   How are you?  \n";

    assertThat(SPLITTER.split(text)).containsExactly(new Span(4, 16), new Span(19, 31));
  }

  @Test
  void describesModelAndRules() {
    assertThat(SPLITTER.toString())
        .isEqualTo(
            "OpenNlpSentenceSplitter[model=opennlp-en-ud-ewt-sentence-1.3-2.5.4,"
                + " breaks=[split at blank lines, split after headline lines],"
                + " repairs=[month abbreviation + number, title + name,"
                + " initialism + lowercase, unit abbreviation + lowercase, initial + name,"
                + " ellipsis + lowercase,"
                + " quoted question + attribution]]");
  }
}
