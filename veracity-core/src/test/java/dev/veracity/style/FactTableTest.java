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
  void keysWithTheSameHashKeepTheirOwnFacts() {
    // 97*961 + 97*31 + 110 = 97*961 + 99*31 + 48: one String hash, hence one slot to probe from.
    assertThat("aan".hashCode()).isEqualTo("ac0".hashCode());
    FactTable colliding =
        new WordFacts.Index(new WordTokenizer())
            .words(List.of("aan"), f -> f.stopword = true)
            .words(List.of("ac0"), f -> f.month = true)
            .build();
    assertThat(colliding.get("AAN").stopword).isTrue();
    assertThat(colliding.get("AAN").month).isFalse();
    assertThat(colliding.get("Ac0").month).isTrue();
    assertThat(colliding.get("Ac0").stopword).isFalse();
    assertThat(colliding.get("aa0")).isSameAs(WordFacts.NONE);
  }

  @Test
  void aWordLongerThanEveryKeyIsAbsent() {
    assertThat(table.get("you're" + "x".repeat(100))).isSameAs(WordFacts.NONE);
    assertThat(table.get("yo")).isSameAs(WordFacts.NONE);
  }

  @Test
  void looksUpARegionOfLongerText() {
    assertThat(table.get("tell us more", 5, 7).readerAddress).isTrue();
  }
}
