package dev.veracity.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veracity.VeracityVersion;
import dev.veracity.input.PublicAddressPolicy;
import dev.veracity.input.UrlFetcher;
import dev.veracity.server.security.ApiKeys;
import dev.veracity.server.security.Caller;
import dev.veracity.server.security.Role;
import dev.veracity.server.security.TokenBucketRateLimiter;
import dev.veracity.server.store.ApiKey;
import dev.veracity.server.store.Database;
import dev.veracity.server.store.JdbcServiceStore;
import dev.veracity.server.store.ServiceStore;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Veracity HTTP service: the REST API under {@code /api/v1} and the web page at {@code /}.
 *
 * <p>Access: health, readiness, the OpenAPI document, metrics and {@code whoami} are public; other
 * reads are public unless {@link ServerConfig#openReads()} is off (then a reader key is needed);
 * submitting a check needs a key unless anonymous checks are allowed (by default only when bound to
 * loopback); verdicts need a reviewer key; keys and the audit trail need an admin key. Keys are
 * sent as {@code Authorization: Bearer <key>} or {@code X-Api-Key: <key>}. Writes are rate-limited
 * per key (per address for anonymous callers). Not thread-safe to start and stop concurrently;
 * serves requests concurrently.
 */
public final class VeracityServer implements AutoCloseable {

  /** The classpath folder the web page is served from. */
  public static final String WEB_FOLDER = "/web";

  private static final Logger LOG = LoggerFactory.getLogger(VeracityServer.class);
  private static final String ROUTE = "veracity.route";
  private static final String OPENAPI = "/dev/veracity/server/openapi.json";

  private final ServerConfig config;
  private final Services services;
  private final Metrics metrics = new Metrics();
  private Database database;
  private Javalin app;
  private List<Route> routes = List.of();

  /** A server that is not yet started. */
  public VeracityServer(ServerConfig config, Services services) {
    this.config = Objects.requireNonNull(config, "config");
    this.services = Objects.requireNonNull(services, "services");
  }

  /**
   * Opens and migrates the database, creates the bootstrap keys whose names are free, and starts
   * listening.
   *
   * @return the bound port
   * @throws dev.veracity.server.store.StoreException when the database cannot be opened
   * @throws IllegalStateException when already started
   */
  public int start() {
    if (app != null) {
      throw new IllegalStateException("the server is already started");
    }
    database =
        Database.open(
            config.databaseUrl(),
            config.databaseUser(),
            config.databasePassword(),
            config.poolSize());
    try {
      ServiceStore store = new JdbcServiceStore(database.dataSource());
      bootstrapKeys(store);
      routes = routes(store);
      app = Javalin.create(cfg -> configure(cfg, store));
      app.start(config.bindAddress(), config.port());
      LOG.info(
          "Veracity {} serving on http://{}:{}/ with {}",
          VeracityVersion.get(),
          config.bindAddress(),
          app.port(),
          database.product());
      return app.port();
    } catch (RuntimeException e) {
      stop();
      throw e;
    }
  }

  /** Stops listening and closes the database; does nothing when not started. */
  public void stop() {
    if (app != null) {
      app.stop();
      app = null;
    }
    if (database != null) {
      database.close();
      database = null;
    }
  }

  @Override
  public void close() {
    stop();
  }

  /** The bound port. */
  public int port() {
    if (app == null) {
      throw new IllegalStateException("the server is not started");
    }
    return app.port();
  }

  /** The API's endpoints as {@code METHOD path} lines, for the OpenAPI consistency test. */
  public List<String> endpoints() {
    List<String> out = new ArrayList<>();
    routes.forEach(r -> out.add(r.method() + " " + r.path()));
    return out;
  }

  /**
   * Creates an API key in the configured database and returns its secret, to be shown once.
   *
   * @throws IllegalArgumentException when the name is invalid or taken
   */
  public static String createKey(ServerConfig config, String name, Role role, Clock clock) {
    ApiKeys.requireName(name);
    try (Database db =
        Database.open(config.databaseUrl(), config.databaseUser(), config.databasePassword(), 1)) {
      String secret = ApiKeys.newSecret();
      ApiKey key =
          new ApiKey(name, role, clock.instant().truncatedTo(ChronoUnit.MICROS), Optional.empty());
      if (!new JdbcServiceStore(db.dataSource()).saveKey(key, ApiKeys.hash(secret), "cli")) {
        throw new IllegalArgumentException("a key named " + name + " already exists");
      }
      return secret;
    }
  }

  private void bootstrapKeys(ServiceStore store) {
    for (ServerConfig.BootstrapKey k : config.keys()) {
      ApiKey key =
          new ApiKey(
              k.name(),
              k.role(),
              services.clock().instant().truncatedTo(ChronoUnit.MICROS),
              Optional.empty());
      if (store.saveKey(key, ApiKeys.hash(k.secret()), "config")) {
        LOG.info("created API key {} ({})", k.name(), k.role().id());
      }
    }
  }

  private List<Route> routes(ServiceStore store) {
    UrlFetcher fetcher =
        new UrlFetcher(new PublicAddressPolicy(), config.inputLimits(), config.fetchTimeout());
    CheckService checks = new CheckService(services.veracity(), fetcher, config.inputLimits());
    List<Route> all = new ArrayList<>();
    all.add(new Route("GET", "/api/v1/health", Route.Access.PUBLIC, this::health));
    all.add(new Route("GET", "/api/v1/ready", Route.Access.PUBLIC, (ctx, c) -> ready(ctx, store)));
    all.add(new Route("GET", "/api/v1/openapi.json", Route.Access.PUBLIC, this::openApi));
    all.add(new Route("GET", "/api/v1/metrics", Route.Access.PUBLIC, this::metrics));
    all.add(new Route("GET", "/api/v1/whoami", Route.Access.PUBLIC, this::whoami));
    all.addAll(new ChecksApi(checks, store, metrics, services.clock()).routes());
    all.addAll(new LookupApi(services.sources(), services.factChecks()).routes());
    all.addAll(new AdminApi(store, services.clock()).routes());
    return List.copyOf(all);
  }

  private void configure(JavalinConfig cfg, ServiceStore store) {
    cfg.startup.showJavalinBanner = false;
    cfg.startup.showOldJavalinVersionWarning = false;
    cfg.http.maxRequestSize = config.maxBodyBytes();
    cfg.http.defaultContentType = "application/json";
    cfg.http.prefer405over404 = true;
    // A jar need not list the folder itself as an entry, so look for the page.
    if (VeracityServer.class.getResource(WEB_FOLDER + "/index.html") != null) {
      cfg.staticFiles.add(
          files -> {
            files.hostedPath = "/";
            files.directory = WEB_FOLDER;
            files.location = Location.CLASSPATH;
          });
    }
    if (!config.corsOrigins().isEmpty()) {
      List<String> origins = config.corsOrigins();
      cfg.bundledPlugins.enableCors(
          cors ->
              cors.addRule(
                  rule ->
                      rule.allowHost(
                          origins.get(0),
                          origins.subList(1, origins.size()).toArray(new String[0]))));
    }
    ProblemMapper problems = new ProblemMapper(metrics);
    TokenBucketRateLimiter limiter =
        new TokenBucketRateLimiter(config.ratePerSecond(), config.rateBurst(), System::nanoTime);
    cfg.routes.before(VeracityServer::securityHeaders);
    for (Route route : routes) {
      io.javalin.http.Handler handler = ctx -> handle(route, ctx, store, limiter);
      switch (route.method()) {
        case "GET":
          cfg.routes.get(route.path(), handler);
          break;
        case "POST":
          cfg.routes.post(route.path(), handler);
          break;
        default:
          cfg.routes.delete(route.path(), handler);
          break;
      }
    }
    cfg.routes.exception(Exception.class, problems::handle);
    // Javalin answers its own HttpResponseException unless a handler names that class.
    cfg.routes.exception(HttpResponseException.class, problems::handle);
    cfg.routes.error(404, problems::handleStatus);
    cfg.routes.error(405, problems::handleStatus);
    cfg.requestLogger.http(
        (ctx, ms) -> {
          String route = Optional.ofNullable(ctx.<String>attribute(ROUTE)).orElse("other");
          metrics.countRequest(ctx.method().name(), route, ctx.statusCode(), ms / 1000.0);
        });
  }

  private static void securityHeaders(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header(
        "Content-Security-Policy",
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
            + " script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none';"
            + " form-action 'self'");
    if (ctx.path().startsWith("/api/")) {
      ctx.header("Cache-Control", "no-store");
    }
  }

  private void handle(Route route, Context ctx, ServiceStore store, TokenBucketRateLimiter limiter)
      throws Exception {
    ctx.attribute(ROUTE, route.path());
    Caller caller = authenticate(ctx, store);
    authorize(route, caller);
    if (route.isWrite()) {
      long wait = limiter.acquire(caller.bucket());
      if (wait > 0) {
        metrics.countRateLimited();
        throw new ApiException(
            429,
            "rate_limited",
            "Too many requests",
            "too many writes from " + caller.name() + "; retry in " + wait + " s",
            Map.of("Retry-After", Long.toString(wait)));
      }
    }
    route.handler().handle(ctx, caller);
  }

  private static Caller authenticate(Context ctx, ServiceStore store) {
    Optional<String> secret = presentedKey(ctx);
    if (secret.isEmpty()) {
      return Caller.anonymous(ctx.ip());
    }
    return store
        .findActiveKey(ApiKeys.hash(secret.get()))
        .map(k -> new Caller(k.name(), Optional.of(k.role()), ctx.ip()))
        .orElseThrow(
            () ->
                new ApiException(
                    401,
                    "invalid_key",
                    "Invalid API key",
                    "the API key is unknown or revoked",
                    Map.of("WWW-Authenticate", "Bearer")));
  }

  private static Optional<String> presentedKey(Context ctx) {
    String authorization = ctx.header("Authorization");
    if (authorization != null && !authorization.isBlank()) {
      String[] parts = authorization.strip().split("\\s+", 2);
      if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer")) {
        throw new ApiException(
            401,
            "invalid_key",
            "Invalid API key",
            "send the key as Authorization: Bearer <key> or X-Api-Key: <key>",
            Map.of("WWW-Authenticate", "Bearer"));
      }
      return Optional.of(parts[1].strip());
    }
    return Optional.ofNullable(ctx.header("X-Api-Key"))
        .map(String::strip)
        .filter(k -> !k.isEmpty());
  }

  private void authorize(Route route, Caller caller) {
    Optional<Role> needed;
    switch (route.access()) {
      case PUBLIC:
        needed = Optional.empty();
        break;
      case READ:
        needed = config.openReads() ? Optional.empty() : Optional.of(Role.READER);
        break;
      case SUBMIT:
        needed = config.allowsAnonymousChecks() ? Optional.empty() : Optional.of(Role.READER);
        break;
      case REVIEW:
        needed = Optional.of(Role.REVIEWER);
        break;
      default:
        needed = Optional.of(Role.ADMIN);
        break;
    }
    if (needed.isEmpty() || caller.has(needed.get())) {
      return;
    }
    if (caller.role().isEmpty()) {
      throw new ApiException(
          401,
          "key_required",
          "API key required",
          "this endpoint needs a " + needed.get().id() + " key",
          Map.of("WWW-Authenticate", "Bearer"));
    }
    throw new ApiException(
        403,
        "forbidden",
        "Forbidden",
        "key "
            + caller.name()
            + " ("
            + caller.role().get().id()
            + ") may not do this; it needs "
            + needed.get().id());
  }

  private void health(Context ctx, Caller caller) {
    ObjectNode body = Json.object();
    body.put("status", "ok");
    body.put("version", VeracityVersion.get());
    Http.json(ctx, 200, body);
  }

  private void ready(Context ctx, ServiceStore store) {
    if (!store.isReachable()) {
      throw new ApiException(
          503,
          "not_ready",
          "Not ready",
          "the database does not answer",
          Map.of("Retry-After", "5"));
    }
    ObjectNode body = Json.object();
    body.put("status", "ready");
    body.put("database", database.product());
    Http.json(ctx, 200, body);
  }

  private void openApi(Context ctx, Caller caller) throws IOException {
    try (InputStream in = VeracityServer.class.getResourceAsStream(OPENAPI)) {
      if (in == null) {
        throw new IllegalStateException("the OpenAPI document is missing from the jar: " + OPENAPI);
      }
      String text =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .replace("${version}", VeracityVersion.get());
      ctx.status(200).contentType("application/json").result(text);
    }
  }

  private void metrics(Context ctx, Caller caller) {
    ctx.status(200)
        .contentType("text/plain; version=0.0.4; charset=utf-8")
        .result(metrics.render());
  }

  private void whoami(Context ctx, Caller caller) {
    ObjectNode body = Json.object();
    body.put("name", caller.name());
    caller.role().ifPresent(r -> body.put("role", r.id()));
    body.put("open_reads", config.openReads());
    body.put("anonymous_checks", config.allowsAnonymousChecks());
    Http.json(ctx, 200, body);
  }
}
