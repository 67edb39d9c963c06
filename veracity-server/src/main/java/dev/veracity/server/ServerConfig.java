package dev.veracity.server;

import dev.veracity.input.InputLimits;
import dev.veracity.server.security.ApiKeys;
import dev.veracity.server.security.Role;
import dev.veracity.server.store.Database;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything the service is configured with, read at the edge (flags, environment, a file).
 *
 * @param bindAddress the address to listen on; {@code 127.0.0.1} by default
 * @param port the TCP port; 0 picks a free one
 * @param databaseUrl JDBC URL ({@code jdbc:h2:…} or {@code jdbc:postgresql:…})
 * @param databaseUser database user, empty for none
 * @param databasePassword database password, empty for none
 * @param poolSize most database connections
 * @param maxBodyBytes most bytes of a request body; larger requests get 413
 * @param inputLimits caps on fetched pages and submitted text
 * @param fetchTimeout limit on fetching one URL
 * @param ratePerSecond write requests each caller may make per second, sustained
 * @param rateBurst write requests each caller may make at once
 * @param openReads whether GET endpoints answer without a key (else a reader key is needed)
 * @param anonymousChecks who may submit checks without a key
 * @param corsOrigins origins allowed to call the API from a browser; empty disables CORS
 * @param keys API keys to create at start when their names are free (e.g. the admin key)
 */
public record ServerConfig(
    String bindAddress,
    int port,
    String databaseUrl,
    String databaseUser,
    String databasePassword,
    int poolSize,
    long maxBodyBytes,
    InputLimits inputLimits,
    Duration fetchTimeout,
    double ratePerSecond,
    int rateBurst,
    boolean openReads,
    AnonymousChecks anonymousChecks,
    List<String> corsOrigins,
    List<BootstrapKey> keys) {

  /** Who may submit checks without an API key. */
  public enum AnonymousChecks {
    /** Anyone, when the server listens on a loopback address only (the default). */
    LOOPBACK_ONLY,
    /** Anyone, wherever the server listens. */
    ALWAYS,
    /** No one: every check needs a key. */
    NEVER
  }

  /**
   * An API key to create at start.
   *
   * @param name the key's name
   * @param role its role
   * @param secret the key itself, at least {@value ApiKeys#MIN_SECRET_CHARS} characters
   */
  public record BootstrapKey(String name, Role role, String secret) {

    /** Validates. */
    public BootstrapKey {
      ApiKeys.requireName(name);
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(secret, "secret");
      if (secret.length() < ApiKeys.MIN_SECRET_CHARS) {
        throw new IllegalArgumentException(
            "the secret of key "
                + name
                + " must have >= "
                + ApiKeys.MIN_SECRET_CHARS
                + " characters, got "
                + secret.length());
      }
    }

    @Override
    public String toString() {
      return "BootstrapKey[" + name + ", " + role.id() + ", secret hidden]";
    }
  }

  /** Validates and copies. */
  public ServerConfig {
    Objects.requireNonNull(bindAddress, "bindAddress");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0-65535, got " + port);
    }
    Objects.requireNonNull(databaseUrl, "databaseUrl");
    if (!databaseUrl.startsWith("jdbc:")) {
      throw new IllegalArgumentException("databaseUrl must be a JDBC URL, got " + databaseUrl);
    }
    Objects.requireNonNull(databaseUser, "databaseUser");
    Objects.requireNonNull(databasePassword, "databasePassword");
    if (poolSize < 1) {
      throw new IllegalArgumentException("poolSize must be >= 1, got " + poolSize);
    }
    if (maxBodyBytes < 1024) {
      throw new IllegalArgumentException("maxBodyBytes must be >= 1024, got " + maxBodyBytes);
    }
    Objects.requireNonNull(inputLimits, "inputLimits");
    Objects.requireNonNull(fetchTimeout, "fetchTimeout");
    if (fetchTimeout.isNegative() || fetchTimeout.isZero()) {
      throw new IllegalArgumentException("fetchTimeout must be positive, got " + fetchTimeout);
    }
    if (!(ratePerSecond > 0)) {
      throw new IllegalArgumentException("ratePerSecond must be > 0, got " + ratePerSecond);
    }
    if (rateBurst < 1) {
      throw new IllegalArgumentException("rateBurst must be >= 1, got " + rateBurst);
    }
    Objects.requireNonNull(anonymousChecks, "anonymousChecks");
    corsOrigins = List.copyOf(corsOrigins);
    keys = List.copyOf(keys);
  }

  /**
   * The defaults: 127.0.0.1:8080, the embedded H2 database under {@code <home>/server}, 5 MB
   * bodies, 10 s fetches, 5 writes a second with bursts of 30 per caller, open reads, anonymous
   * checks on loopback only, no CORS, no bootstrap keys.
   */
  public static Builder defaults(Path home) {
    return new Builder(home);
  }

  /** Whether checks without a key are accepted under this configuration. */
  public boolean allowsAnonymousChecks() {
    switch (anonymousChecks) {
      case ALWAYS:
        return true;
      case NEVER:
        return false;
      default:
        return isLoopback(bindAddress);
    }
  }

  private static boolean isLoopback(String address) {
    if (address.equals("localhost")) {
      return true;
    }
    try {
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return "ServerConfig[" + bindAddress + ":" + port + ", " + databaseUrl + ", " + keys + "]";
  }

  /** Assembles a {@link ServerConfig} from the defaults. Not thread-safe. */
  public static final class Builder {
    private String bindAddress = "127.0.0.1";
    private int port = 8080;
    private String databaseUrl;
    private String databaseUser = "";
    private String databasePassword = "";
    private int poolSize = 8;
    private long maxBodyBytes = 5_000_000L;
    private InputLimits inputLimits = new InputLimits(5_000_000L, 20_000_000L, 1_000_000);
    private Duration fetchTimeout = Duration.ofSeconds(10);
    private double ratePerSecond = 5;
    private int rateBurst = 30;
    private boolean openReads = true;
    private AnonymousChecks anonymousChecks = AnonymousChecks.LOOPBACK_ONLY;
    private List<String> corsOrigins = new ArrayList<>();
    private final List<BootstrapKey> keys = new ArrayList<>();

    private Builder(Path home) {
      this.databaseUrl = Database.h2Url(home.resolve("server"));
    }

    /** The address to listen on. */
    public Builder bindAddress(String value) {
      this.bindAddress = value;
      return this;
    }

    /** The port; 0 picks a free one. */
    public Builder port(int value) {
      this.port = value;
      return this;
    }

    /** The JDBC URL, user and password. */
    public Builder database(String url, String user, String password) {
      this.databaseUrl = url;
      this.databaseUser = user;
      this.databasePassword = password;
      return this;
    }

    /** Most database connections. */
    public Builder poolSize(int value) {
      this.poolSize = value;
      return this;
    }

    /** Most bytes of a request body. */
    public Builder maxBodyBytes(long value) {
      this.maxBodyBytes = value;
      return this;
    }

    /** Caps on fetched pages and submitted text. */
    public Builder inputLimits(InputLimits value) {
      this.inputLimits = value;
      return this;
    }

    /** Limit on fetching one URL. */
    public Builder fetchTimeout(Duration value) {
      this.fetchTimeout = value;
      return this;
    }

    /** The per-caller write rate limit. */
    public Builder rateLimit(double perSecond, int burst) {
      this.ratePerSecond = perSecond;
      this.rateBurst = burst;
      return this;
    }

    /** Whether GET endpoints answer without a key. */
    public Builder openReads(boolean value) {
      this.openReads = value;
      return this;
    }

    /** Who may submit checks without a key. */
    public Builder anonymousChecks(AnonymousChecks value) {
      this.anonymousChecks = value;
      return this;
    }

    /** Origins allowed to call the API from a browser. */
    public Builder corsOrigins(List<String> value) {
      this.corsOrigins = new ArrayList<>(value);
      return this;
    }

    /** Adds a key to create at start. */
    public Builder key(BootstrapKey value) {
      this.keys.add(Objects.requireNonNull(value, "key"));
      return this;
    }

    /** Builds and validates the configuration. */
    public ServerConfig build() {
      return new ServerConfig(
          bindAddress,
          port,
          databaseUrl,
          databaseUser,
          databasePassword,
          poolSize,
          maxBodyBytes,
          inputLimits,
          fetchTimeout,
          ratePerSecond,
          rateBurst,
          openReads,
          anonymousChecks,
          corsOrigins,
          keys);
    }
  }
}
