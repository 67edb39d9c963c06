package dev.veracity.report;

import java.util.Objects;

/**
 * One building block that contributed to a report, for provenance.
 *
 * @param role what it did, e.g. {@code "segmenter"}, {@code "style-reference"}
 * @param name which implementation or data, e.g. {@code "LineFeatureSegmenter"}
 * @param version its version, or a content hash for data
 */
public record Component(String role, String name, String version) {

  /** Validates non-null components. */
  public Component {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
  }
}
