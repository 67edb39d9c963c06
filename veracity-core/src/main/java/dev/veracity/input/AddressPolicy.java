package dev.veracity.input;

import java.net.InetAddress;
import java.util.Optional;

/**
 * Decides which network addresses and ports a fetch on a user's behalf may reach.
 *
 * <p>Implementations are thread-safe.
 */
public interface AddressPolicy {

  /** Why {@code address} may not be contacted, or empty when it may. */
  Optional<String> refusal(InetAddress address);

  /** Whether a URL may name {@code port} (already defaulted from the scheme). */
  boolean allowsPort(int port);
}
