package dev.veracity.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordTokenizerTest {

  private static final Tokenizer TOKENIZER = new WordTokenizer();

  private static List<String> texts(String text) {
    return TOKENIZER.tokenize(text).stream().map(Token::text).toList();
  }

  @Test
  void contractionsHyphenatedWordsAndNumbersStayWhole() {
    assertThat(texts("Don't miss the well-known 3,200 at 10:30, it's 3.2% off."))
        .containsExactly(
            "Don't",
            "miss",
            "the",
            "well-known",
            "3,200",
            "at",
            "10:30",
            ",",
            "it's",
            "3.2",
            "%",
            "off",
            ".");
  }

  @Test
  void initialismKeepsInnerPeriodsButNotTheFinalOne() {
    assertThat(texts("the U.S. economy")).containsExactly("the", "U.S", ".", "economy");
  }

  @Test
  void commaAndColonJoinOnlyDigits() {
    assertThat(texts("red,green a:b 1,a"))
        .containsExactly("red", ",", "green", "a", ":", "b", "1", ",", "a");
  }

  @Test
  void typographicApostropheJoinsAContraction() {
    assertThat(texts("It\u2019s")).containsExactly("It\u2019s");
  }

  @Test
  void punctuationIsOneTokenPerCharacter() {
    assertThat(texts("\"Wait...\" -- (no)"))
        .containsExactly("\"", "Wait", ".", ".", ".", "\"", "-", "-", "(", "no", ")");
  }

  @Test
  void tokensCarryOffsetsIntoTheText() {
    assertThat(TOKENIZER.tokenize("  Hi, you"))
        .containsExactly(new Token("Hi", 2, 4), new Token(",", 4, 5), new Token("you", 6, 9));
  }

  @Test
  void decomposedAccentStaysInItsWord() {
    assertThat(texts("Cafe\u0301 au lait")).containsExactly("Cafe\u0301", "au", "lait");
  }

  // Fixed: the vowel signs of Devanagari are spacing marks, which used to cut the word apart.
  @Test
  void spacingCombiningMarksStayInTheirWord() {
    assertThat(texts("\u0939\u093F\u0928\u094D\u0926\u0940 text"))
        .containsExactly("\u0939\u093F\u0928\u094D\u0926\u0940", "text");
  }

  // Fixed: letters outside the BMP used to be split into one token per letter.
  @Test
  void lettersOutsideTheBasicPlaneFormOneWord() {
    assertThat(texts("\uD835\uDC00\uD835\uDC01c \uD840\uDC00\uD840\uDC01"))
        .containsExactly("\uD835\uDC00\uD835\uDC01c", "\uD840\uDC00\uD840\uDC01");
  }

  // Fixed: a lone high surrogate used to swallow the letter after it.
  @Test
  void loneHighSurrogateDoesNotSwallowTheNextCharacter() {
    assertThat(texts("\uD83Dab")).containsExactly("\uD83D", "ab");
  }

  @Test
  void emojiIsOneTokenWithItsVariationSelector() {
    assertThat(texts("I \u2764\uFE0F it \uD83D\uDE00!"))
        .containsExactly("I", "\u2764\uFE0F", "it", "\uD83D\uDE00", "!");
  }

  // Fixed: invisible format characters used to become tokens of their own.
  @Test
  void zeroWidthAndFormatCharactersSeparateTokensWithoutBeingTokens() {
    assertThat(texts("\uFEFFzero\u200Bwidth\u00AD")).containsExactly("zero", "width");
  }

  @Test
  void controlCharactersSeparateTokens() {
    assertThat(texts("a\u0000b\u0085c")).containsExactly("a", "b", "c");
  }
}
