package dev.veracity.server;

import dev.veracity.Veracity;
import dev.veracity.server.security.Role;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a server in its own JVM for {@link CrashIT}: {@code ServerProcess HOME PORT_FILE [JDBC_URL]}
 * starts on a random port with a reviewer key and no effective rate limit, then writes the port to
 * PORT_FILE and serves until killed.
 */
public final class ServerProcess {

  static final String REVIEWER_KEY = "vk_crash_reviewer_secret_0123456789";

  private ServerProcess() {}

  public static void main(String[] args) throws Exception {
    ServerConfig.Builder config =
        ServerConfig.defaults(Path.of(args[0]))
            .port(0)
            .rateLimit(1_000_000, 1_000_000)
            .key(new ServerConfig.BootstrapKey("crash-reviewer", Role.REVIEWER, REVIEWER_KEY));
    if (args.length > 2) {
      config.database(args[2], "", "");
    }
    VeracityServer server = new VeracityServer(config.build(), Services.of(Veracity.defaults()));
    int port = server.start();
    Path portFile = Path.of(args[1]);
    Path partial = portFile.resolveSibling(portFile.getFileName() + ".tmp");
    Files.writeString(partial, Integer.toString(port), StandardCharsets.UTF_8);
    Files.move(partial, portFile, StandardCopyOption.ATOMIC_MOVE);
    new CountDownLatch(1).await();
  }
}
