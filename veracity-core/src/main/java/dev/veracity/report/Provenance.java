package dev.veracity.report;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What produced a report, and how long each step took.
 *
 * @param veracityVersion the Veracity release
 * @param javaVersion the Java runtime version
 * @param checkedAt when the check ran
 * @param components the implementations, models and data snapshots used
 * @param timingsMillis wall time per step, in milliseconds, in pipeline order
 */
public record Provenance(
    String veracityVersion,
    String javaVersion,
    Instant checkedAt,
    List<Component> components,
    Map<String, Double> timingsMillis) {

  /** Validates and copies. */
  public Provenance {
    Objects.requireNonNull(veracityVersion, "veracityVersion");
    Objects.requireNonNull(javaVersion, "javaVersion");
    Objects.requireNonNull(checkedAt, "checkedAt");
    components = List.copyOf(components);
    timingsMillis = Collections.unmodifiableMap(new LinkedHashMap<>(timingsMillis));
  }
}
