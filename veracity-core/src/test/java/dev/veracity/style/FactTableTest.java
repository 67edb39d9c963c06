package dev.veracity.style;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veracity.text.WordTokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactTableTest {

  private final FactTable table =
      new WordFacts.Index(new WordTokenizer())
          .words(List.of("you're", "us"), f -> f.readerAddress = true)
          .build();

  @Test
  void looksUpWordsIgnoringCaseAndApostropheStyle() {
    assertThat(table.get("You\u2019re").readerAddress).isTrue();
    assertThat(table.get("US").readerAddress).isTrue();
  }

  @Test
  void anUnknownWordHasNoFacts() {
    assertThat(table.get("usa")).isSameAs(WordFacts.NONE);
  }

  @Test
  void looksUpARegionOfLongerText() {
    assertThat(table.get("tell us more", 5, 7).readerAddress).isTrue();
  }
}
