package dev.veracity.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PackedWordsTest {

  private static PackedWords threeDocuments() {
    PackedWords words = new PackedWords();
    words.add(List.of("hoax", "shocking"));
    words.add(List.of("officials", "said"));
    words.add(List.of("said", "hoax", "today"));
    return words;
  }

  @Test
  void aRowGivesBackItsWords() {
    assertThat(threeDocuments().words(2)).isEqualTo(Set.of("hoax", "said", "today"));
  }

  @Test
  void idsBeyondOneByteRoundTrip() {
    PackedWords words = new PackedWords();
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 70_000; i++) {
      many.add("w" + i);
    }
    words.add(many);
    words.add(List.of("w69999", "w0", "w128", "fresh"));

    assertThat(words.words(1)).containsExactlyInAnyOrder("w0", "w128", "w69999", "fresh");
    assertThat(words.words(0)).hasSize(70_000);
    assertThat(words.frequent(new int[] {0, 1}, 2)).containsExactly("w0", "w128", "w69999");
  }

  @Test
  void wordsWithTheSameHashStayApart() {
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    PackedWords words = new PackedWords();
    words.add(List.of("Aa", "x"));
    words.add(List.of("BB"));
    words.add(List.of("BB", "Aa"));

    assertThat(words.words(1)).containsExactly("BB");
    assertThat(words.frequent(new int[] {0, 1, 2}, 2)).containsExactly("Aa", "BB");
  }

  @Test
  void frequentWordsAreCountedOnlyOverTheGivenRows() {
    PackedWords words = threeDocuments();

    assertThat(words.frequent(new int[] {0, 1, 2}, 2)).containsExactly("hoax", "said");
    assertThat(words.frequent(new int[] {1, 2}, 2)).containsExactly("said");
  }
}
