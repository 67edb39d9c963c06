package dev.veracity.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GroupedFoldsTest {

  private static final List<String> GROUPS =
      List.of("a", "a", "a", "b", "b", "c", "c", "d", "e", "e", "f");

  @Test
  void itemsOfOneGroupShareAFold() {
    int[] fold = GroupedFolds.assign(GROUPS, 3, 1);
    for (int i = 0; i < GROUPS.size(); i++) {
      for (int j = 0; j < GROUPS.size(); j++) {
        if (GROUPS.get(i).equals(GROUPS.get(j))) {
          assertThat(fold[i]).isEqualTo(fold[j]);
        }
      }
    }
  }

  @Test
  void theSameSeedGivesTheSameFolds() {
    assertThat(GroupedFolds.assign(GROUPS, 3, 9)).isEqualTo(GroupedFolds.assign(GROUPS, 3, 9));
  }

  @Test
  void foldsAreBalancedBySize() {
    int[] fold = GroupedFolds.assign(GROUPS, 3, 5);
    int[] size = new int[3];
    for (int f : fold) {
      size[f]++;
    }
    // 11 items in groups of 3,2,2,2,1,1: largest-first greedy gives sizes 4, 4, 3 in some order.
    assertThat(size).containsExactlyInAnyOrder(4, 4, 3);
  }

  @Test
  void fewerGroupsThanFoldsIsRejected() {
    assertThatThrownBy(() -> GroupedFolds.assign(List.of("a", "b"), 3, 1))
        .hasMessageContaining("got 2");
  }
}
