package dev.veracity.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FunctionWordsTest {

  @Test
  void aPhraseOfFunctionWordsAndPunctuationOnlyIsAFunctionWordPhrase() {
    assertThat(FunctionWords.onlyFunctionWords("w:of the")).isTrue();
    assertThat(FunctionWords.onlyFunctionWords("w:, the")).isTrue();
    assertThat(FunctionWords.onlyFunctionWords("w:the")).isTrue();
    assertThat(FunctionWords.onlyFunctionWords("w:")).isTrue();
  }

  @Test
  void oneContentWordOrNumberMakesItContent() {
    assertThat(FunctionWords.onlyFunctionWords("w:the cat")).isFalse();
    assertThat(FunctionWords.onlyFunctionWords("w:cat")).isFalse();
    assertThat(FunctionWords.onlyFunctionWords("w:of 0000")).isFalse();
    // The last word counts too, and a word is the whole run between spaces.
    assertThat(FunctionWords.onlyFunctionWords("w:of thee")).isFalse();
    assertThat(FunctionWords.onlyFunctionWords("w:theof")).isFalse();
  }

  @Test
  void lettersAndDigitsAreFoundInARegionOnly() {
    assertThat(FunctionWords.hasLetterOrDigit("-- a --", 0, 2)).isFalse();
    assertThat(FunctionWords.hasLetterOrDigit("-- a --", 2, 4)).isTrue();
    assertThat(FunctionWords.hasLetterOrDigit("é", 0, 1)).isTrue();
    assertThat(FunctionWords.hasLetterOrDigit("٣", 0, 1)).isTrue();
    assertThat(FunctionWords.hasLetterOrDigit("", 0, 0)).isFalse();
  }
}
