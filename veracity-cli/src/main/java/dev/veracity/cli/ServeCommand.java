package dev.veracity.cli;

import dev.veracity.Veracity;
import dev.veracity.factcheck.FactCheckMatch;
import dev.veracity.factcheck.store.DuplicateClaims;
import dev.veracity.factcheck.store.FactCheckJson;
import dev.veracity.factcheck.store.LuceneFactCheckStore;
import dev.veracity.factcheck.store.SearchOptions;
import dev.veracity.input.InputException;
import dev.veracity.server.FactCheckSearch;
import dev.veracity.server.ServerConfig;
import dev.veracity.server.Services;
import dev.veracity.server.VeracityServer;
import dev.veracity.server.security.Role;
import dev.veracity.source.ListSourceLookup;
import dev.veracity.source.SourceRatings;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code veracity serve}: runs the web page and the REST API until stopped.
 *
 * <p>Each setting comes from its flag, else its environment variable, else the settings file
 * ({@code --config FILE}, else {@code <home>/server.properties} when it exists), else the default.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serves the web page and the REST API (/api/v1) until stopped.",
    footer = {
      "",
      "Settings: flag, else environment variable, else the settings file",
      "(--config, else <home>/server.properties: keys port, bind, db.url, db.user,",
      "db.password, cors.origins, rate.per_second, rate.burst, max_body_bytes,",
      "open_reads, anonymous_checks), else the default.",
      "Environment: VERACITY_PORT, VERACITY_BIND, VERACITY_DB_URL, VERACITY_DB_USER,",
      "VERACITY_DB_PASSWORD, VERACITY_CORS_ORIGINS, VERACITY_ADMIN_KEY (creates the",
      "key 'admin' with that secret on start when no key has that name).",
      "--create-key NAME --role ROLE prints a new key once and exits.",
      "Exit codes: 0 stopped or key created, 1 database or lists unreadable, 2 usage,",
      "3 internal error."
    })
final class ServeCommand implements Callable<Integer> {

  private final CliEnvironment environment;

  @Spec private CommandSpec spec;

  @Option(names = "--port", paramLabel = "N", description = "TCP port (default 8080; 0: any).")
  private Integer port;

  @Option(names = "--bind", paramLabel = "ADDR", description = "Address (default 127.0.0.1).")
  private String bind;

  @Option(
      names = "--db",
      paramLabel = "JDBC_URL",
      description = "Database (default: embedded H2 under <home>/server).")
  private String db;

  @Option(names = "--db-user", paramLabel = "USER", description = "Database user.")
  private String dbUser;

  @Option(names = "--config", paramLabel = "FILE", description = "Settings file (properties).")
  private Path configFile;

  @Mixin private HomeOption home;

  @Option(
      names = "--datasets",
      paramLabel = "DIR",
      description =
          "Folder with the source-rating lists (default: $VERACITY_DATASETS, else"
              + " ../shared/datasets).")
  private Path datasets;

  @Option(
      names = "--cors-origin",
      paramLabel = "ORIGIN",
      description = "Allow browser calls from ORIGIN (repeatable; default: none).")
  private List<String> corsOrigins = new ArrayList<>();

  @Option(
      names = "--open-reads",
      negatable = true,
      paramLabel = "BOOL",
      description = "GET endpoints answer without a key (default: true).")
  private Boolean openReads;

  @Option(
      names = "--anonymous-checks",
      paramLabel = "WHEN",
      description = "Who may submit checks without a key: loopback_only (default), always, never.")
  private String anonymousChecks;

  @Option(names = "--rate", paramLabel = "N", description = "Writes per second per key (5).")
  private Double rate;

  @Option(names = "--burst", paramLabel = "N", description = "Burst of writes per key (30).")
  private Integer burst;

  @Option(names = "--max-body-bytes", paramLabel = "N", description = "Body cap (5000000).")
  private Long maxBodyBytes;

  @Option(names = "--create-key", paramLabel = "NAME", description = "Create an API key, print it.")
  private String createKey;

  @Option(names = "--role", paramLabel = "ROLE", description = "reader, reviewer or admin.")
  private String role;

  ServeCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws InputException, InterruptedException {
    Path homeDir = home.directory(environment);
    Properties file = settingsFile(homeDir);
    ServerConfig config = config(homeDir, file);
    PrintWriter out = spec.commandLine().getOut();
    if (createKey != null) {
      Role keyRole = parseRole(Optional.ofNullable(role).orElse("reader"));
      String secret;
      try {
        secret = VeracityServer.createKey(config, createKey, keyRole, Clock.systemUTC());
      } catch (IllegalArgumentException e) {
        throw usage(e.getMessage());
      }
      out.println(secret);
      out.flush();
      spec.commandLine()
          .getErr()
          .println(
              "veracity: created key "
                  + createKey
                  + " ("
                  + keyRole.id()
                  + "); it is shown only this once");
      spec.commandLine().getErr().flush();
      return VeracityCli.EXIT_OK;
    }
    if (role != null) {
      throw usage("--role goes with --create-key");
    }
    Services services = services(homeDir);
    VeracityServer server = new VeracityServer(config, services);
    int bound = server.start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.stop();
                  stopped.countDown();
                },
                "veracity-stop"));
    out.println(
        "Veracity serves http://"
            + hostForUrl(config.bindAddress())
            + ":"
            + bound
            + "/ (Ctrl-C stops)");
    out.flush();
    stopped.await();
    return VeracityCli.EXIT_OK;
  }

  private ServerConfig config(Path homeDir, Properties file) {
    ServerConfig.Builder b = ServerConfig.defaults(homeDir);
    setting(port, "VERACITY_PORT", file, "port").map(this::parseInt).ifPresent(b::port);
    setting(bind, "VERACITY_BIND", file, "bind").ifPresent(b::bindAddress);
    Optional<String> url = setting(db, "VERACITY_DB_URL", file, "db.url");
    if (url.isPresent()) {
      b.database(
          url.get(),
          setting(dbUser, "VERACITY_DB_USER", file, "db.user").orElse(""),
          setting(null, "VERACITY_DB_PASSWORD", file, "db.password").orElse(""));
    }
    List<String> origins =
        corsOrigins.isEmpty()
            ? setting(null, "VERACITY_CORS_ORIGINS", file, "cors.origins")
                .map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()))
                .map(s -> s.toList())
                .orElse(List.of())
            : corsOrigins;
    b.corsOrigins(origins);
    setting(openReads, "VERACITY_OPEN_READS", file, "open_reads")
        .map(Boolean::parseBoolean)
        .ifPresent(b::openReads);
    setting(anonymousChecks, "VERACITY_ANONYMOUS_CHECKS", file, "anonymous_checks")
        .map(this::parseAnonymous)
        .ifPresent(b::anonymousChecks);
    Optional<Double> perSecond =
        setting(rate, "VERACITY_RATE", file, "rate.per_second").map(this::parseDouble);
    Optional<Integer> burstSize =
        setting(burst, "VERACITY_BURST", file, "rate.burst").map(this::parseInt);
    if (perSecond.isPresent() || burstSize.isPresent()) {
      b.rateLimit(perSecond.orElse(5.0), burstSize.orElse(30));
    }
    setting(maxBodyBytes, "VERACITY_MAX_BODY_BYTES", file, "max_body_bytes")
        .map(v -> (long) parseDouble(v))
        .ifPresent(b::maxBodyBytes);
    Optional.ofNullable(environment.env().get("VERACITY_ADMIN_KEY"))
        .filter(v -> !v.isBlank())
        .ifPresent(secret -> b.key(bootstrap(secret)));
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }

  private ServerConfig.BootstrapKey bootstrap(String secret) {
    try {
      return new ServerConfig.BootstrapKey("admin", Role.ADMIN, secret.strip());
    } catch (IllegalArgumentException e) {
      throw usage("VERACITY_ADMIN_KEY: " + e.getMessage());
    }
  }

  /**
   * The pipeline, source lists and fact-check store: the same as {@code veracity check} uses. The
   * store, when one exists under the home directory, stays open for the server's lifetime.
   */
  private Services services(Path homeDir) throws InputException {
    Path lists = Datasets.resolve(Optional.ofNullable(datasets), environment);
    Veracity.Builder builder = Veracity.defaultBuilder();
    Optional<LuceneFactCheckStore> store =
        CheckCommand.factCheckStore(homeDir, spec.commandLine().getErr());
    store.ifPresent(builder::factCheckMatcher);
    Optional<SourceRatings> ratings = Optional.empty();
    if (datasets != null || Files.isDirectory(lists)) {
      SourceRatings loaded = SourceCommand.loadRatings(lists, homeDir);
      builder.sourceLookup(new ListSourceLookup(loaded));
      ratings = Optional.of(loaded);
    }
    Services services = Services.of(builder.build());
    if (ratings.isPresent()) {
      services = services.withSources(ratings.get());
    }
    if (store.isPresent()) {
      services = services.withFactChecks(searchOf(store.get()));
    }
    return services;
  }

  /** The store's fused search as the server's JSON, duplicate imports of one review folded. */
  private static FactCheckSearch searchOf(LuceneFactCheckStore store) {
    return (query, limit) -> {
      try {
        List<FactCheckMatch> matches =
            DuplicateClaims.collapse(store.search(query, SearchOptions.fused(limit * 3)));
        return FactCheckJson.mapper()
            .valueToTree(matches.subList(0, Math.min(limit, matches.size())));
      } catch (IOException e) {
        throw new UncheckedIOException("fact-check search failed: " + e.getMessage(), e);
      }
    };
  }

  private Properties settingsFile(Path homeDir) throws InputException {
    Path path = configFile != null ? configFile : homeDir.resolve("server.properties");
    Properties p = new Properties();
    if (configFile == null && !Files.isRegularFile(path)) {
      return p;
    }
    try (InputStream in = Files.newInputStream(path)) {
      p.load(in);
      return p;
    } catch (IOException e) {
      throw new InputException(
          InputException.Code.UNREADABLE, path.toString(), "cannot read settings: " + e, e);
    }
  }

  private Optional<String> setting(Object flag, String env, Properties file, String key) {
    if (flag != null) {
      return Optional.of(flag.toString());
    }
    return Optional.ofNullable(environment.env().get(env))
        .filter(v -> !v.isBlank())
        .or(() -> Optional.ofNullable(file.getProperty(key)).filter(v -> !v.isBlank()))
        .map(String::strip);
  }

  private int parseInt(String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw usage("not an integer: " + value);
    }
  }

  private double parseDouble(String value) {
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw usage("not a number: " + value);
    }
  }

  private ServerConfig.AnonymousChecks parseAnonymous(String value) {
    try {
      return ServerConfig.AnonymousChecks.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw usage("anonymous checks must be loopback_only, always or never, got " + value);
    }
  }

  private Role parseRole(String value) {
    return Role.fromId(value)
        .orElseThrow(() -> usage("--role must be reader, reviewer or admin, got " + value));
  }

  private static String hostForUrl(String address) {
    return address.contains(":") ? "[" + address + "]" : address;
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
