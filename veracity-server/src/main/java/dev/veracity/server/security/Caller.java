package dev.veracity.server.security;

import java.util.Objects;
import java.util.Optional;

/**
 * Who made a request: a named API key with its role, or an anonymous client known by address.
 *
 * @param name the key's name, or {@code anonymous}
 * @param role the key's role; empty for an anonymous caller
 * @param address the client's IP address
 */
public record Caller(String name, Optional<Role> role, String address) {

  /** The name recorded for anonymous callers. */
  public static final String ANONYMOUS = "anonymous";

  /** Validates. */
  public Caller {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(address, "address");
  }

  /** An anonymous caller from {@code address}. */
  public static Caller anonymous(String address) {
    return new Caller(ANONYMOUS, Optional.empty(), address);
  }

  /** Whether the caller has a key whose role includes {@code needed}. */
  public boolean has(Role needed) {
    return role.map(r -> r.includes(needed)).orElse(false);
  }

  /** The rate-limit bucket of this caller: its key name, else its address. */
  public String bucket() {
    return role.isPresent() ? "key:" + name : "ip:" + address;
  }
}
