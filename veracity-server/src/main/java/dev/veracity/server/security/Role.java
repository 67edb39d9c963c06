package dev.veracity.server.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an API key may do; each role may do everything the roles before it may. */
public enum Role {
  /** Read checks, verdicts, sources and fact-checks; submit checks. */
  READER,
  /** Also record verdicts. */
  REVIEWER,
  /** Also manage keys and read the audit trail. */
  ADMIN;

  /** The lower-case id used in JSON and flags, e.g. {@code reviewer}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether this role includes everything {@code other} may do. */
  public boolean includes(Role other) {
    return compareTo(other) >= 0;
  }

  /** The role with the given {@link #id()}. */
  public static Optional<Role> fromId(String id) {
    return Arrays.stream(values()).filter(r -> r.id().equals(id)).findFirst();
  }
}
