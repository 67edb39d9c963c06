package dev.veracity.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  private static final TextNormalizer STANDARD = TextNormalizer.standard();

  private static String original(NormalizedText n, int start, int end) {
    return n.toOriginal(new Span(start, end)).of(n.original());
  }

  @Test
  void standardFoldsQuotesDashesAndEllipsis() {
    NormalizedText n = STANDARD.normalize("It\u2019s \u201Cfine\u201D \u2014 really\u2026");

    assertThat(n.text()).isEqualTo("It's \"fine\" - really...");
  }

  @Test
  void wordInsideFoldedQuotesMapsBackToExactlyThatWord() {
    NormalizedText n = STANDARD.normalize("It\u2019s \u201Cfine\u201D \u2014 really\u2026");
    int start = n.text().indexOf("fine");

    assertThat(original(n, start, start + 4)).isEqualTo("fine");
    assertThat(original(n, start - 1, start + 5)).isEqualTo("\u201Cfine\u201D");
  }

  @Test
  void eachPeriodOfAnExpandedEllipsisMapsToTheEllipsisCharacter() {
    NormalizedText n = STANDARD.normalize("really\u2026 yes");

    assertThat(original(n, 7, 8)).isEqualTo("\u2026");
    assertThat(original(n, 0, 9)).isEqualTo("really\u2026");
  }

  @Test
  void ampersandEntityMapsOneCharacterToFiveOriginalCharacters() {
    NormalizedText n = STANDARD.normalize("A &amp; B");

    assertThat(n.text()).isEqualTo("A & B");
    assertThat(original(n, 2, 3)).isEqualTo("&amp;");
    assertThat(original(n, 0, 5)).isEqualTo("A &amp; B");
  }

  @Test
  void decimalHexAndNamedEntitiesDecode() {
    NormalizedText n =
        TextNormalizer.of(new HtmlEntityStep())
            .normalize("&#8217;&#x2019;&rsquo;&eacute;&nbsp;&lt;b&gt;&#128512;");

    assertThat(n.text()).isEqualTo("\u2019\u2019\u2019\u00E9\u00A0<b>\uD83D\uDE00");
  }

  @Test
  void bothHalvesOfADecodedSurrogatePairMapToTheWholeEntity() {
    NormalizedText n = TextNormalizer.of(new HtmlEntityStep()).normalize("x&#128512;y");

    assertThat(original(n, 1, 2)).isEqualTo("&#128512;");
    assertThat(original(n, 2, 3)).isEqualTo("&#128512;");
  }

  @Test
  void numericEntitiesInTheC1RangeMeanWindows1252() {
    NormalizedText n =
        TextNormalizer.of(new HtmlEntityStep()).normalize("don&#146;t &#150; &#133;");

    assertThat(n.text()).isEqualTo("don\u2019t \u2013 \u2026");
  }

  @Test
  void invalidNumericEntitiesBecomeReplacementCharacter() {
    NormalizedText n = TextNormalizer.of(new HtmlEntityStep()).normalize("&#0;&#xD800;&#x110000;");

    assertThat(n.text()).isEqualTo("\uFFFD\uFFFD\uFFFD");
  }

  @Test
  void unterminatedUnknownAndNonAsciiDigitReferencesStayAsTheyAre() {
    String text = "AT&T &amp &bogus; &#; &#x; &#\u0661\u0662; & ;";

    assertThat(TextNormalizer.of(new HtmlEntityStep()).normalize(text).text()).isEqualTo(text);
  }

  @Test
  void entitiesDecodeOneLevelOnly() {
    assertThat(STANDARD.normalize("&amp;amp;").text()).isEqualTo("&amp;");
  }

  @Test
  void nfcComposesBaseAndMarkAndMapsTheResultToBoth() {
    NormalizedText n = STANDARD.normalize("Cafe\u0301 au lait");

    assertThat(n.text()).isEqualTo("Caf\u00E9 au lait");
    assertThat(original(n, 3, 4)).isEqualTo("e\u0301");
    assertThat(original(n, 0, 3)).isEqualTo("Caf");
    assertThat(original(n, 5, 7)).isEqualTo("au");
  }

  @Test
  void nfcComposesHangulJamoIntoOneSyllable() {
    NormalizedText n = TextNormalizer.of(new NfcStep()).normalize("x\u1100\u1161\u11A8y");

    assertThat(n.text()).isEqualTo("x\uAC01y");
    assertThat(original(n, 1, 2)).isEqualTo("\u1100\u1161\u11A8");
  }

  @Test
  void nfcReordersMarksAndReplacesSingletons() {
    NormalizedText n = TextNormalizer.of(new NfcStep()).normalize("a\u0302\u0323 \u212B");

    assertThat(n.text()).isEqualTo("\u1EAD \u00C5");
  }

  @Test
  void textAlreadyInNfcIsUnchanged() {
    NormalizedText n = TextNormalizer.of(new NfcStep()).normalize("Caf\u00E9 \u0416\u0443\u043A");

    assertThat(n.isUnchanged()).isTrue();
    assertThat(n.text()).isEqualTo("Caf\u00E9 \u0416\u0443\u043A");
  }

  @Test
  void zeroWidthCharactersAreRemovedAndWordsMapAroundThem() {
    NormalizedText n = STANDARD.normalize("\uFEFFzero\u200Bwidth\u00ADtext\u200D");

    assertThat(n.text()).isEqualTo("zerowidthtext");
    assertThat(original(n, 4, 9)).isEqualTo("width");
    assertThat(original(n, 0, 13)).isEqualTo("zero\u200Bwidth\u00ADtext");
  }

  @Test
  void zeroWidthCharacterBetweenBaseAndMarkDoesNotBlockComposition() {
    assertThat(STANDARD.normalize("e\u200B\u0301").text()).isEqualTo("\u00E9");
  }

  @Test
  void controlCharactersOtherThanNewlineAndTabBecomeSpaces() {
    NormalizedText n =
        TextNormalizer.of(new ControlCharacterStep()).normalize("a\u0000b\tc\nd\u007Fe\u009Df");

    assertThat(n.text()).isEqualTo("a b\tc\nd e f");
  }

  @Test
  void unicodeSpacesBecomeAsciiSpaces() {
    NormalizedText n = STANDARD.normalize("a\u00A0b\u2009c\u3000d\u202Fe");

    assertThat(n.text()).isEqualTo("a b c d e");
  }

  @Test
  void crlfAndLoneCrBecomeLineFeedsMappedToTheirSource() {
    NormalizedText n = STANDARD.normalize("one\r\ntwo\rthree\n");

    assertThat(n.text()).isEqualTo("one\ntwo\nthree\n");
    assertThat(original(n, 3, 4)).isEqualTo("\r\n");
    assertThat(original(n, 4, 7)).isEqualTo("two");
    assertThat(original(n, 8, 13)).isEqualTo("three");
  }

  @Test
  void paragraphSeparatorBecomesABlankLine() {
    assertThat(STANDARD.normalize("one\u2029two\u2028three").text()).isEqualTo("one\n\ntwo\nthree");
  }

  @Test
  void dashesBecomeHyphenMinus() {
    NormalizedText n = STANDARD.normalize("1990\u20131995 \u2014 x \u2212 y \u2012 z");

    assertThat(n.text()).isEqualTo("1990-1995 - x - y - z");
  }

  @Test
  void windows1252ControlsAreRepairedBeforeFolding() {
    NormalizedText n = STANDARD.normalize("don\u0092t \u0093stop\u0094 \u0096 now\u0085");

    assertThat(n.text()).isEqualTo("don't \"stop\" - now...");
    assertThat(original(n, 3, 4)).isEqualTo("\u0092");
  }

  @Test
  void entityForTypographicApostropheEndsUpAsAsciiApostrophe() {
    NormalizedText n = STANDARD.normalize("It&#8217;s");

    assertThat(n.text()).isEqualTo("It's");
    assertThat(original(n, 2, 3)).isEqualTo("&#8217;");
  }

  @Test
  void offsetAtTheEndMapsToTheEndOfTheOriginal() {
    NormalizedText n = STANDARD.normalize("abc\u200B");

    assertThat(n.toOriginal(3)).isEqualTo(4);
    assertThat(n.toOriginalEnd(3)).isEqualTo(3);
    assertThat(n.toOriginal(new Span(0, 3))).isEqualTo(new Span(0, 3));
  }

  @Test
  void emptySpanMapsToAnEmptySpanAtItsStart() {
    NormalizedText n = STANDARD.normalize("a &amp; b");

    assertThat(n.toOriginal(new Span(4, 4))).isEqualTo(new Span(8, 8));
  }

  @Test
  void originalOffsetsMapToTheFirstNormalisedCharacterAtOrAfterThem() {
    NormalizedText n = STANDARD.normalize("a &amp; b");

    assertThat(n.toNormalized(0)).isEqualTo(0);
    assertThat(n.toNormalized(2)).isEqualTo(2);
    assertThat(n.toNormalized(3)).isEqualTo(3);
    assertThat(n.toNormalized(8)).isEqualTo(4);
    assertThat(n.toNormalized(9)).isEqualTo(5);
  }

  @Test
  void plainAsciiIsUnchangedAndMapsToItself() {
    NormalizedText n = STANDARD.normalize("Plain text, nothing to do.");

    assertThat(n.isUnchanged()).isTrue();
    assertThat(n.toOriginal(new Span(6, 10))).isEqualTo(new Span(6, 10));
  }

  @Test
  void emptyTextNormalisesToEmptyText() {
    NormalizedText n = STANDARD.normalize("");

    assertThat(n.text()).isEmpty();
    assertThat(n.toOriginal(0)).isEqualTo(0);
  }

  @Test
  void offsetOutsideTheNormalisedTextIsRejected() {
    NormalizedText n = STANDARD.normalize("abc");

    assertThatThrownBy(() -> n.toOriginal(4))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("normalizedOffset must be in [0, 3], got 4");
  }

  @Test
  void stepThatEditsBackwardsIsRejected() {
    NormalizationStep backwards =
        (text, edits) -> {
          edits.replace(2, 3, 'x');
          edits.replace(0, 1, 'y');
        };

    assertThatThrownBy(() -> TextNormalizer.of(backwards).normalize("abcd"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("start must be >= the end of the previous edit (3), got 0");
  }

  @Test
  void stepThatInsertsFromNothingIsRejected() {
    NormalizationStep inserting = (text, edits) -> edits.replace(1, 1, "x");

    assertThatThrownBy(() -> TextNormalizer.of(inserting).normalize("abcd"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("end must be in (1, 4], got 1");
  }

  @Test
  void standardChainDescribesItsSteps() {
    assertThat(STANDARD.toString())
        .isEqualTo(
            "TextNormalizer[decode HTML entities, Windows-1252 C1 repair, CRLF/CR to LF,"
                + " drop zero-width characters, NFC, control characters to space,"
                + " Unicode spaces to ' ', typographic quotes to ASCII, dashes to '-',"
                + " '\u2026' to \"...\"]");
  }
}
