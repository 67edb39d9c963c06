package dev.veracity.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Assigns items to cross-validation folds so that all items of a group share one fold.
 *
 * <p>Groups are shuffled with the seed, then each goes to the fold with the fewest items so far
 * (largest groups first), which keeps folds balanced when a few groups (debates) are large.
 */
public final class GroupedFolds {

  private GroupedFolds() {}

  /** The fold, in [0, k), of each item, given each item's group. */
  public static int[] assign(List<String> groups, int k, long seed) {
    if (k < 2) {
      throw new IllegalArgumentException("k must be >= 2, got " + k);
    }
    Map<String, List<Integer>> members = new LinkedHashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      members.computeIfAbsent(groups.get(i), g -> new ArrayList<>()).add(i);
    }
    if (members.size() < k) {
      throw new IllegalArgumentException("need at least k=" + k + " groups, got " + members.size());
    }
    List<String> order = new ArrayList<>(members.keySet());
    Collections.shuffle(order, new Random(seed));
    // Stable sort keeps the shuffled order among groups of equal size.
    order.sort((a, b) -> Integer.compare(members.get(b).size(), members.get(a).size()));
    int[] size = new int[k];
    int[] fold = new int[groups.size()];
    for (String g : order) {
      int best = 0;
      for (int f = 1; f < k; f++) {
        if (size[f] < size[best]) {
          best = f;
        }
      }
      for (int i : members.get(g)) {
        fold[i] = best;
      }
      size[best] += members.get(g).size();
    }
    return fold;
  }
}
