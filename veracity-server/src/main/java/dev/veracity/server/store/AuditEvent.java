package dev.veracity.server.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the audit trail: who did what to which thing, and when.
 *
 * @param id increasing id
 * @param at when
 * @param actor the API key name, or {@code anonymous}, or {@code system}
 * @param action what, e.g. {@code check.create}, {@code verdict.create}, {@code key.revoke}
 * @param subject the id or name of the thing acted on
 * @param detail a short note, never a secret
 */
public record AuditEvent(
    long id, Instant at, String actor, String action, String subject, Optional<String> detail) {

  /** Validates. */
  public AuditEvent {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(detail, "detail");
  }
}
