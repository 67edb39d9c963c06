package dev.veracity.factcheck.imports;

import java.util.Objects;

/**
 * A record an importer could not use.
 *
 * @param location where it is, e.g. {@code false-stories.json:120} or {@code page.html#2}
 * @param reason why it was rejected, for a person
 */
public record Reject(String location, String reason) {

  /** Validates. */
  public Reject {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(reason, "reason");
  }
}
