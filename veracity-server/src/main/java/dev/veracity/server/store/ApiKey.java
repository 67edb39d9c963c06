package dev.veracity.server.store;

import dev.veracity.server.security.Role;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored API key: its name, role and dates; the key itself is stored only as a hash.
 *
 * @param name the key's unique name, recorded as the actor of what it does
 * @param role what it may do
 * @param createdAt when it was created
 * @param revokedAt when it was revoked, if it was
 */
public record ApiKey(String name, Role role, Instant createdAt, Optional<Instant> revokedAt) {

  /** Validates. */
  public ApiKey {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(revokedAt, "revokedAt");
  }
}
