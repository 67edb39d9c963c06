package dev.veracity.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicAddressPolicyTest {

  private final PublicAddressPolicy policy = new PublicAddressPolicy();

  private static Optional<String> refusalOf(PublicAddressPolicy policy, String literal)
      throws UnknownHostException {
    return policy.refusal(InetAddress.getByName(literal));
  }

  @ParameterizedTest
  @CsvSource({
    "127.0.0.1, a loopback address",
    "127.8.9.10, a loopback address",
    "10.1.2.3, a private address",
    "172.16.0.1, a private address",
    "172.31.255.255, a private address",
    "192.168.1.1, a private address",
    "169.254.169.254, a link-local address",
    "100.64.0.1, a carrier-grade NAT address",
    "0.0.0.0, an unspecified (any-local) address",
    "224.0.0.1, a multicast address",
    "255.255.255.255, a reserved or broadcast address",
    "::1, a loopback address",
    "::, an unspecified (any-local) address",
    "::ffff:127.0.0.1, a loopback address",
    "::ffff:10.0.0.1, a private address",
    "::ffff:169.254.169.254, a link-local address",
    "64:ff9b::a00:1, a private address",
    "2002:c0a8:101::1, a private address",
    "fc00::1, a private (unique local) address",
    "fd12:3456::1, a private (unique local) address",
    "fe80::1, a link-local address",
    "ff02::1, a multicast address"
  })
  void refusesNonPublicAddresses(String literal, String reason) throws UnknownHostException {
    assertThat(refusalOf(policy, literal)).contains(reason);
  }

  @ParameterizedTest
  @ValueSource(strings = {"8.8.8.8", "172.32.0.1", "100.128.0.1", "2001:4860:4860::8888"})
  void allowsPublicAddresses(String literal) throws UnknownHostException {
    assertThat(refusalOf(policy, literal)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"80, true", "443, true", "8080, true", "8443, true", "22, false", "6379, false"})
  void allowsOnlyWebPorts(int port, boolean allowed) {
    assertThat(policy.allowsPort(port)).isEqualTo(allowed);
  }
}
