package dev.veracity.factcheck;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The known-fact-check section of a check report: for the headline and each reported check-worthy
 * claim, the fact-checks found, or the statement that no fact-check index is loaded.
 *
 * @param status whether an index was searched
 * @param index what was searched, when {@link Status#LOADED}
 * @param hint what to do, when {@link Status#NO_INDEX}
 * @param statements one entry per statement matched, headline first; empty when no index is loaded
 */
public record FactCheckReport(
    Status status,
    Optional<String> index,
    Optional<String> hint,
    List<ClaimFactChecks> statements) {

  /** The hint given when no index is loaded. */
  public static final String NO_INDEX_HINT =
      "no fact-check index loaded; build one with `veracity factchecks build-default"
          + " --datasets DIR` or import ClaimReview files with `veracity factchecks import"
          + " --format claimreview FILE...`";

  /** Validates and copies. */
  public FactCheckReport {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(hint, "hint");
    statements = List.copyOf(statements);
    if (status == Status.NO_INDEX && !statements.isEmpty()) {
      throw new IllegalArgumentException("a report without an index cannot list statements");
    }
  }

  /** The section of a report made without a fact-check index. */
  public static FactCheckReport noIndex() {
    return new FactCheckReport(
        Status.NO_INDEX, Optional.empty(), Optional.of(NO_INDEX_HINT), List.of());
  }

  /** The section of a report made with the index described by {@code index}. */
  public static FactCheckReport loaded(String index, List<ClaimFactChecks> statements) {
    return new FactCheckReport(Status.LOADED, Optional.of(index), Optional.empty(), statements);
  }

  /** How many statements have at least one match. */
  public long matchedStatements() {
    return statements.stream().filter(s -> !s.matches().isEmpty()).count();
  }

  /** Whether an index was searched. */
  public enum Status {
    /** An index was searched. */
    LOADED,
    /** No fact-check index is configured. */
    NO_INDEX;

    /** The lower-case id used in JSON. */
    @JsonValue
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
