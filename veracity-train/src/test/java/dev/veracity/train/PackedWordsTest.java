package dev.veracity.train;

import static org.assertj.core.api.Assertions.assertThat;

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
  void frequentWordsAreCountedOnlyOverTheGivenRows() {
    PackedWords words = threeDocuments();

    assertThat(words.frequent(new int[] {0, 1, 2}, 2)).containsExactly("hoax", "said");
    assertThat(words.frequent(new int[] {1, 2}, 2)).containsExactly("said");
  }
}
