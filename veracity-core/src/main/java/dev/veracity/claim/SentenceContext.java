package dev.veracity.claim;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Context features of the sentences of one document (an article's body, a debate transcript), for a
 * second-stage check-worthiness model stacked on a sentence model's scores.
 *
 * <p>Each sentence is described by its own first-stage score and by what surrounds it: the scores
 * of its neighbours, whether a question precedes it, and, where the document has speakers (a
 * debate), its speaker turn and how the speaker's sentences score on the whole. An article has no
 * speakers: the speaker and turn features are then zero and {@code has_speakers} says so, so one
 * model serves both. Stateless.
 */
public final class SentenceContext {

  /** Feature families; {@link #SELF} is always present. */
  public enum Family {
    /** The sentence's own first-stage score. */
    SELF,
    /** The previous and next sentences' scores and the maximum score within two sentences. */
    NEIGHBOURS,
    /** Position in the speaker's turn: first, last, relative position, log turn length. */
    TURN,
    /** The previous sentence ends with a question mark (said by another speaker, if known). */
    QUESTION,
    /** The speaker's share of the document's sentences and mean score relative to the document. */
    SPEAKER,
    /** The document's mean score. */
    DOCUMENT
  }

  private SentenceContext() {}

  /** The names of the features {@link #features} returns for {@code families}, in order. */
  public static List<String> names(Set<Family> families) {
    List<String> names = new ArrayList<>();
    names.add("self");
    if (families.contains(Family.NEIGHBOURS)) {
      names.addAll(List.of("prev", "next", "has_prev", "has_next", "window_max"));
    }
    if (families.contains(Family.TURN)) {
      names.addAll(List.of("first_in_turn", "last_in_turn", "turn_position", "log_turn_length"));
    }
    if (families.contains(Family.QUESTION)) {
      names.add("after_question");
    }
    if (families.contains(Family.SPEAKER)) {
      names.addAll(List.of("speaker_share", "speaker_mean_minus_document"));
    }
    if (families.contains(Family.DOCUMENT)) {
      names.add("document_mean");
    }
    if (families.contains(Family.TURN) || families.contains(Family.SPEAKER)) {
      names.add("has_speakers");
    }
    return names;
  }

  /** All families. */
  public static Set<Family> all() {
    return EnumSet.allOf(Family.class);
  }

  /**
   * The context features of every sentence of one document.
   *
   * @param texts the sentences in document order
   * @param scores their first-stage scores (log-odds), same order
   * @param speakers their speakers, same order, or empty where the document has none (an article)
   * @param families which features to compute ({@link #names} gives their order)
   * @return one row of features per sentence
   */
  public static double[][] features(
      List<String> texts, double[] scores, Optional<List<String>> speakers, Set<Family> families) {
    Objects.requireNonNull(texts, "texts");
    int n = texts.size();
    if (scores.length != n) {
      throw new IllegalArgumentException(n + " texts but " + scores.length + " scores");
    }
    if (speakers.isPresent() && speakers.get().size() != n) {
      throw new IllegalArgumentException(n + " texts but " + speakers.get().size() + " speakers");
    }
    List<String> who = speakers.orElse(null);
    int[] turnStart = new int[n];
    int[] turnEnd = new int[n];
    for (int i = 0; i < n; i++) {
      turnStart[i] =
          who != null && i > 0 && who.get(i).equals(who.get(i - 1)) ? turnStart[i - 1] : i;
    }
    for (int i = n - 1; i >= 0; i--) {
      turnEnd[i] =
          who != null && i + 1 < n && who.get(i).equals(who.get(i + 1)) ? turnEnd[i + 1] : i;
    }
    double documentMean = 0;
    for (double s : scores) {
      documentMean += s;
    }
    documentMean = n == 0 ? 0 : documentMean / n;
    Map<String, double[]> bySpeaker = new HashMap<>();
    if (who != null) {
      for (int i = 0; i < n; i++) {
        double[] sumCount = bySpeaker.computeIfAbsent(who.get(i), k -> new double[2]);
        sumCount[0] += scores[i];
        sumCount[1]++;
      }
    }
    int width = names(families).size();
    double[][] out = new double[n][];
    for (int i = 0; i < n; i++) {
      double[] f = new double[width];
      int k = 0;
      f[k++] = scores[i];
      if (families.contains(Family.NEIGHBOURS)) {
        f[k++] = i > 0 ? scores[i - 1] : 0;
        f[k++] = i + 1 < n ? scores[i + 1] : 0;
        f[k++] = i > 0 ? 1 : 0;
        f[k++] = i + 1 < n ? 1 : 0;
        double max = 0;
        boolean any = false;
        for (int j = Math.max(0, i - 2); j <= Math.min(n - 1, i + 2); j++) {
          if (j != i && (!any || scores[j] > max)) {
            max = scores[j];
            any = true;
          }
        }
        f[k++] = max;
      }
      if (families.contains(Family.TURN)) {
        if (who != null) {
          int length = turnEnd[i] - turnStart[i] + 1;
          f[k++] = turnStart[i] == i ? 1 : 0;
          f[k++] = turnEnd[i] == i ? 1 : 0;
          f[k++] = length == 1 ? 0 : (double) (i - turnStart[i]) / (length - 1);
          f[k++] = Math.log(length);
        } else {
          k += 4;
        }
      }
      if (families.contains(Family.QUESTION)) {
        boolean question =
            i > 0
                && texts.get(i - 1).strip().endsWith("?")
                && (who == null || !who.get(i - 1).equals(who.get(i)));
        f[k++] = question ? 1 : 0;
      }
      if (families.contains(Family.SPEAKER)) {
        if (who != null) {
          double[] sumCount = bySpeaker.get(who.get(i));
          f[k++] = sumCount[1] / n;
          f[k++] = sumCount[0] / sumCount[1] - documentMean;
        } else {
          k += 2;
        }
      }
      if (families.contains(Family.DOCUMENT)) {
        f[k++] = documentMean;
      }
      if (families.contains(Family.TURN) || families.contains(Family.SPEAKER)) {
        f[k++] = who != null ? 1 : 0;
      }
      out[i] = f;
    }
    return out;
  }
}
