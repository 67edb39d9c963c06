package dev.veracity.input;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.Set;

/**
 * Allows only public unicast addresses on the usual web ports (80, 443, 8080, 8443).
 *
 * <p>Refuses loopback, "this host" (0.0.0.0/8, ::), private (10/8, 172.16/12, 192.168/16,
 * fc00::/7), link-local (169.254/16, which holds the 169.254.169.254 cloud metadata service, and
 * fe80::/10), shared carrier-grade NAT (100.64/10), multicast, broadcast and reserved (240/4)
 * ranges, also when written as IPv4-mapped ({@code ::ffff:a.b.c.d}), IPv4-compatible ({@code
 * ::a.b.c.d}), NAT64 ({@code 64:ff9b::/96}) or 6to4 ({@code 2002::/16}) IPv6 addresses, whose
 * embedded IPv4 address is judged instead. Ports are limited so that a fetch cannot be aimed at
 * non-web services (mail, databases) of public hosts. Thread-safe and stateless.
 */
public final class PublicAddressPolicy implements AddressPolicy {

  private static final Set<Integer> PORTS = Set.of(80, 443, 8080, 8443);

  @Override
  public Optional<String> refusal(InetAddress address) {
    if (address instanceof Inet6Address) {
      Optional<Inet4Address> embedded = embeddedIpv4(address.getAddress());
      if (embedded.isPresent()) {
        return refusal(embedded.get());
      }
    }
    if (address.isLoopbackAddress()) {
      return Optional.of("a loopback address");
    }
    if (address.isAnyLocalAddress()) {
      return Optional.of("an unspecified (any-local) address");
    }
    if (address.isLinkLocalAddress()) {
      return Optional.of("a link-local address");
    }
    if (address.isMulticastAddress()) {
      return Optional.of("a multicast address");
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      int a0 = b[0] & 0xFF;
      int a1 = b[1] & 0xFF;
      if (a0 == 0) {
        return Optional.of("a \"this network\" address");
      }
      if (a0 == 10 || (a0 == 172 && a1 >= 16 && a1 <= 31) || (a0 == 192 && a1 == 168)) {
        return Optional.of("a private address");
      }
      if (a0 == 100 && a1 >= 64 && a1 <= 127) {
        return Optional.of("a carrier-grade NAT address");
      }
      if (a0 == 169 && a1 == 254) {
        return Optional.of("a link-local address");
      }
      if (a0 >= 240) {
        return Optional.of("a reserved or broadcast address");
      }
      return Optional.empty();
    }
    if ((b[0] & 0xFE) == 0xFC) {
      return Optional.of("a private (unique local) address");
    }
    if ((b[0] & 0xFF) == 0xFE && (b[1] & 0xC0) == 0xC0) {
      return Optional.of("a site-local address");
    }
    return Optional.empty();
  }

  @Override
  public boolean allowsPort(int port) {
    return PORTS.contains(port);
  }

  private static Optional<Inet4Address> embeddedIpv4(byte[] b) {
    boolean zeroPrefix = true;
    for (int i = 0; i < 10; i++) {
      zeroPrefix &= b[i] == 0;
    }
    boolean mapped = zeroPrefix && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF;
    boolean compatible = zeroPrefix && b[10] == 0 && b[11] == 0;
    boolean nat64 =
        b[0] == 0x00
            && b[1] == 0x64
            && (b[2] & 0xFF) == 0xFF
            && (b[3] & 0xFF) == 0x9B
            && isZero(b, 4, 12);
    if (mapped || nat64 || (compatible && b[12] != 0)) {
      return Optional.of(ipv4(b[12], b[13], b[14], b[15]));
    }
    if (b[0] == 0x20 && b[1] == 0x02) {
      return Optional.of(ipv4(b[2], b[3], b[4], b[5]));
    }
    return Optional.empty();
  }

  private static boolean isZero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private static Inet4Address ipv4(byte a, byte b, byte c, byte d) {
    try {
      return (Inet4Address) InetAddress.getByAddress(new byte[] {a, b, c, d});
    } catch (UnknownHostException e) {
      throw new IllegalStateException("four bytes always make an IPv4 address", e);
    }
  }

  @Override
  public String toString() {
    return "PublicAddressPolicy(ports 80, 443, 8080, 8443)";
  }
}
