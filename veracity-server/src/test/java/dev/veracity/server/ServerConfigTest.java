package dev.veracity.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.veracity.server.security.Role;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ServerConfigTest {

  private final Path home = Path.of("/srv/veracity");

  @Test
  void theDefaultIsLoopbackPort8080OnAnH2FileUnderTheHome() {
    ServerConfig config = ServerConfig.defaults(home).build();

    assertThat(config.bindAddress()).isEqualTo("127.0.0.1");
    assertThat(config.port()).isEqualTo(8080);
    assertThat(config.databaseUrl())
        .startsWith("jdbc:h2:file:/srv/veracity/server/veracity;MODE=PostgreSQL;");
    assertThat(config.corsOrigins()).isEmpty();
  }

  @Test
  void anonymousChecksAreAllowedOnLoopbackByDefault() {
    assertThat(ServerConfig.defaults(home).build().allowsAnonymousChecks()).isTrue();
  }

  @Test
  void anonymousChecksAreRefusedOnAllInterfacesByDefault() {
    assertThat(ServerConfig.defaults(home).bindAddress("0.0.0.0").build().allowsAnonymousChecks())
        .isFalse();
  }

  @Test
  void aPortOutOfRangeIsRefused() {
    assertThatThrownBy(() -> ServerConfig.defaults(home).port(70000).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("port must be 0-65535, got 70000");
  }

  @Test
  void aShortBootstrapSecretIsRefused() {
    assertThatThrownBy(() -> new ServerConfig.BootstrapKey("admin", Role.ADMIN, "short"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the secret of key admin must have >= 20 characters, got 5");
  }

  @Test
  void aBootstrapKeyNeverPrintsItsSecret() {
    ServerConfig.BootstrapKey key =
        new ServerConfig.BootstrapKey("admin", Role.ADMIN, "vk_a_long_enough_secret_123");

    assertThat(key.toString()).isEqualTo("BootstrapKey[admin, admin, secret hidden]");
  }
}
