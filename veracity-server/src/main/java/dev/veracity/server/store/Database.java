package dev.veracity.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A pooled connection to the service database, migrated to the current schema when opened.
 *
 * <p>The same migrations ({@code classpath:db/migration}) serve H2 and PostgreSQL. Thread-safe.
 */
public final class Database implements AutoCloseable {

  private final HikariDataSource dataSource;
  private final String product;

  private Database(HikariDataSource dataSource, String product) {
    this.dataSource = dataSource;
    this.product = product;
  }

  /**
   * The default embedded database: an H2 file {@code <dir>/veracity.mv.db} in PostgreSQL mode,
   * written through on every commit so that a killed process loses no acknowledged write.
   */
  public static String h2Url(Path dir) {
    return "jdbc:h2:file:"
        + dir.toAbsolutePath().normalize().resolve("veracity")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
  }

  /**
   * Opens a pool on {@code url} and applies pending migrations.
   *
   * @param url a JDBC URL ({@code jdbc:h2:…} or {@code jdbc:postgresql:…})
   * @param user the user name, empty for none
   * @param password the password, empty for none
   * @param poolSize most connections, >= 1
   * @throws StoreException when the database cannot be reached or migrated
   */
  public static Database open(String url, String user, String password, int poolSize) {
    Objects.requireNonNull(url, "url");
    if (poolSize < 1) {
      throw new IllegalArgumentException("poolSize must be >= 1, got " + poolSize);
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    if (!user.isEmpty()) {
      config.setUsername(user);
    }
    if (!password.isEmpty()) {
      config.setPassword(password);
    }
    config.setMaximumPoolSize(poolSize);
    config.setAutoCommit(true);
    config.setPoolName("veracity");
    config.setConnectionTimeout(10_000);
    HikariDataSource dataSource;
    try {
      dataSource = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new StoreException(
          "cannot open the database " + redact(url) + ": " + e.getMessage(), e);
    }
    try {
      Flyway.configure()
          .dataSource(dataSource)
          .locations("classpath:db/migration")
          .load()
          .migrate();
      String product;
      try (Connection c = dataSource.getConnection()) {
        product =
            c.getMetaData().getDatabaseProductName()
                + " "
                + c.getMetaData().getDatabaseProductVersion();
      }
      return new Database(dataSource, product);
    } catch (SQLException | RuntimeException e) {
      dataSource.close();
      throw new StoreException(
          "cannot migrate the database " + redact(url) + ": " + e.getMessage(), e);
    }
  }

  /** The pooled data source. */
  public DataSource dataSource() {
    return dataSource;
  }

  /** The database product and version, e.g. {@code PostgreSQL 15.20}. */
  public String product() {
    return product;
  }

  /** The URL without its query part, where passwords may hide. */
  static String redact(String url) {
    int q = url.indexOf('?');
    return q < 0 ? url : url.substring(0, q) + "?…";
  }

  @Override
  public void close() {
    dataSource.close();
  }

  @Override
  public String toString() {
    return "Database(" + product + ")";
  }
}
