package dev.veracity.server.web;

import dev.veracity.Veracity;
import dev.veracity.server.ServerConfig;
import dev.veracity.server.Services;
import dev.veracity.server.VeracityServer;
import dev.veracity.server.security.Role;
import dev.veracity.source.ListSourceLookup;
import dev.veracity.source.SourceRatings;
import dev.veracity.source.SuffixWalkSourceRatings;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The server the page is tested against: a random loopback port, a fresh H2 database, the source
 * lists from the shared datasets, and one reviewer key.
 */
final class WebServer implements AutoCloseable {

  static final String REVIEWER = "web-reviewer";
  static final String REVIEWER_KEY = "vk_web_reviewer_secret_0123456789";

  private final VeracityServer server;
  private final int port;

  private WebServer(VeracityServer server) {
    this.server = server;
    this.port = server.start();
  }

  /** Starts a server with its database under {@code home} and no source lists. */
  static WebServer start(Path home) {
    return new WebServer(new VeracityServer(config(home), Services.of(Veracity.defaults())));
  }

  /** Starts a server with its database under {@code home} and the source lists in datasets. */
  static WebServer start(Path home, Path datasets) throws IOException {
    SourceRatings ratings = SuffixWalkSourceRatings.load(datasets, home.resolve("sources"));
    Veracity veracity =
        Veracity.defaultBuilder().sourceLookup(new ListSourceLookup(ratings)).build();
    return new WebServer(
        new VeracityServer(config(home), Services.of(veracity).withSources(ratings)));
  }

  private static ServerConfig config(Path home) {
    return ServerConfig.defaults(home)
        .port(0)
        .key(new ServerConfig.BootstrapKey(REVIEWER, Role.REVIEWER, REVIEWER_KEY))
        .build();
  }

  /** The page's address, without a trailing slash. */
  String url() {
    return "http://127.0.0.1:" + port;
  }

  @Override
  public void close() {
    server.stop();
  }
}
