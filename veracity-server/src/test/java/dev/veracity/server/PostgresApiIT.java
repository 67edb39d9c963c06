package dev.veracity.server;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API contract against a real PostgreSQL server, named by the system property {@value
 * #PROPERTY} or the environment variable {@value #ENV} (a JDBC URL with user and password; {@code
 * .ci/run} starts one). The schema is emptied first, so point it at a database for tests only.
 */
class PostgresApiIT extends ApiContract {

  static final String PROPERTY = "veracity.test.postgres";
  static final String ENV = "VERACITY_TEST_POSTGRES";

  @TempDir static Path dir;
  private static TestServer server;

  /** The test database's JDBC URL, when one is given. */
  static Optional<String> url() {
    return Optional.ofNullable(System.getProperty(PROPERTY))
        .or(() -> Optional.ofNullable(System.getenv(ENV)))
        .filter(u -> !u.isBlank());
  }

  /** Drops and recreates the public schema of the test database. */
  static void emptySchema(String url) throws SQLException {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("drop schema if exists public cascade");
      s.execute("create schema public");
    }
  }

  @BeforeAll
  static void start() throws SQLException {
    assumeTrue(
        url().isPresent(),
        "PostgreSQL ITs skipped: no test database (set -D" + PROPERTY + " or $" + ENV + ")");
    emptySchema(url().get());
    server =
        TestServer.start(ServerConfig.defaults(dir).port(0).database(url().get(), "", ""), b -> {});
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Override
  TestServer server() {
    return server;
  }
}
