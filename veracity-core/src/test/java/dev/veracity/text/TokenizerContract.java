package dev.veracity.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What every {@link Tokenizer} must do; subclasses say which one. */
abstract class TokenizerContract {

  abstract Tokenizer tokenizer();

  private static void assertWellFormed(String text, List<Token> tokens) {
    SpanChecks.assertWellFormed(text, tokens.stream().map(Token::span).toList());
    for (Token t : tokens) {
      if (!text.regionMatches(t.start(), t.text(), 0, t.text().length())) {
        fail("%s does not match the text %s", t, SpanChecks.escaped(text));
      }
    }
  }

  @Test
  void emptyTextHasNoTokens() {
    assertThat(tokenizer().tokenize("")).isEmpty();
  }

  @Test
  void whiteSpaceHasNoTokens() {
    assertThat(tokenizer().tokenize(" \n\t\r\u00A0\u3000")).isEmpty();
  }

  @Test
  void sameTextGivesSameTokens() {
    Tokenizer tokenizer = tokenizer();
    RandomText random = new RandomText(7);
    for (int i = 0; i < 200; i++) {
      String text = random.next(40);
      assertThat(tokenizer.tokenize(text)).isEqualTo(tokenizer.tokenize(text));
    }
  }

  @Test
  void tokensNeverCutASurrogatePair() {
    String text = "x\uD83D\uDE00y \uD835\uDC00\uD835\uDC01 \uD83Dz";

    for (Token t : tokenizer().tokenize(text)) {
      assertThat(
              Character.isLowSurrogate(text.charAt(t.start()))
                  && Character.isHighSurrogate(text.charAt(t.start() - 1)))
          .as("token %s starts inside a pair", t)
          .isFalse();
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void twoMegabytesGiveWellFormedTokens() {
    String text = new RandomText(11).large(2_000_000);

    List<Token> tokens = tokenizer().tokenize(text);

    assertWellFormed(text, tokens);
    assertThat(tokens).hasSizeGreaterThan(200_000);
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void randomUnicodeGivesWellFormedTokens() {
    Tokenizer tokenizer = tokenizer();
    RandomText random = new RandomText(42);
    for (int i = 0; i < 10_000; i++) {
      String text = random.next(40);
      assertWellFormed(text, tokenizer.tokenize(text));
    }
  }
}
