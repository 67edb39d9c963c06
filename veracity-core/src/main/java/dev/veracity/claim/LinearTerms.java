package dev.veracity.claim;

import dev.veracity.feature.HashedTerm;
import dev.veracity.model.Contribution;
import dev.veracity.model.InvalidModelException;
import dev.veracity.model.SparseWeights;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The steps that linear detectors over {@link ClaimFeaturizer} features share: checking a model
 * against the featurizer and explaining a score by its most influential terms.
 */
public final class LinearTerms {

  private LinearTerms() {}

  /**
   * The model's weights as a dense array of {@code dimension} entries.
   *
   * @throws InvalidModelException when {@code denseFeatures} are not the ones {@code featurizer}
   *     computes, or a weight index lies outside {@code dimension}
   */
  public static double[] denseWeights(
      ClaimFeaturizer featurizer, List<String> denseFeatures, SparseWeights weights, int dimension)
      throws InvalidModelException {
    if (!featurizer.denseNames().equals(denseFeatures)) {
      throw new InvalidModelException(
          "model dense features "
              + denseFeatures
              + " differ from this version's "
              + featurizer.denseNames());
    }
    try {
      return weights.toDense(dimension);
    } catch (IllegalArgumentException e) {
      throw new InvalidModelException(e.getMessage(), e);
    }
  }

  /**
   * The at most {@code limit} largest non-zero contributions (value times weight, rounded to 4
   * decimals) of {@code f}'s terms, largest magnitude first, ties by feature name; the length
   * feature and punctuation-only n-grams are left out.
   */
  public static List<Contribution> top(ClaimFeaturizer.Featurized f, double[] weights, int limit) {
    List<Contribution> contributions = new ArrayList<>();
    for (HashedTerm t : f.terms()) {
      // Every text has a length and most have punctuation; listing them would crowd out the
      // features that tell texts apart.
      if (t.name().equals(ClaimFeaturizer.LENGTH_FEATURE) || !explains(t.name())) {
        continue;
      }
      double c = Math.round(t.value() * weights[t.index()] * 10_000) / 10_000.0;
      if (c != 0.0) {
        contributions.add(new Contribution(t.name(), c));
      }
    }
    contributions.sort(
        Comparator.comparingDouble((Contribution c) -> -Math.abs(c.weight()))
            .thenComparing(Contribution::feature));
    return contributions.subList(0, Math.min(limit, contributions.size()));
  }

  /** Whether a feature name holds a letter or digit after its prefix ("w:," does not). */
  private static boolean explains(String name) {
    return name.substring(name.indexOf(':') + 1).chars().anyMatch(Character::isLetterOrDigit);
  }
}
