package dev.veracity.server.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One check as stored: who ran it when, the analysed text and the report JSON.
 *
 * @param summary the listing fields
 * @param text the analysed text; report offsets point into it
 * @param schema the report's schema id, e.g. {@code veracity.check/1}
 * @param reportJson the report exactly as {@code ReportJson} wrote it (stored opaquely, so that new
 *     report fields need no migration)
 */
public record StoredCheck(CheckSummary summary, String text, String schema, String reportJson) {

  /** Validates non-null components. */
  public StoredCheck {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(reportJson, "reportJson");
  }

  /** The check's id. */
  public String id() {
    return summary.id();
  }

  /** When the check was stored. */
  public Instant createdAt() {
    return summary.createdAt();
  }
}
