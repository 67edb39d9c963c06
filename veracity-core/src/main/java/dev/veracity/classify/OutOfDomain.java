package dev.veracity.classify;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Why a text is unlike what a reliability model was trained on. */
public enum OutOfDomain {
  /** Fewer word tokens than the model's minimum. */
  TOO_SHORT,
  /** Too few of the text's distinct words occurred in the training data. */
  LOW_VOCABULARY_COVERAGE,
  /**
   * The model's domain gate (a classifier that tells its training text from a pool of outside text)
   * gives an in-domain probability below its threshold.
   */
  UNLIKE_TRAINING_TEXT;

  /** The lower-case name used in JSON. */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
