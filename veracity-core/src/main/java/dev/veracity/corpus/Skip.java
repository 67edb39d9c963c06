package dev.veracity.corpus;

import java.util.Objects;

/**
 * A row or file a reader left out.
 *
 * @param location where in the corpus, e.g. {@code articles/0042.xml} or {@code
 *     politifact_fake.csv:17}
 * @param reason why, for a person
 */
public record Skip(String location, String reason) {

  /** Validates non-null components. */
  public Skip {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(reason, "reason");
  }
}
