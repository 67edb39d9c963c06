package dev.veracity.input;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches a web page on a user's behalf, refusing URLs that point inside the network it runs in.
 *
 * <p>Only {@code http} and {@code https} URLs without user info are fetched. Before each request
 * the host is resolved with {@link InetAddress#getAllByName} and the request is refused if the port
 * or <em>any</em> of the addresses is refused by the {@link AddressPolicy}. Redirects (at most
 * {@value #MAX_REDIRECTS}) are followed by hand so that every hop is checked the same way. The body
 * is read under {@link InputLimits#maxBytes()} and the whole exchange under a time limit.
 *
 * <p>Known gap (DNS rebinding): the HTTP client resolves the host again when it connects, so a name
 * server that answers with a public address at check time and a private one at connect time can
 * slip past the policy. Closing it needs connecting to the checked address itself (a custom socket
 * layer), which {@link HttpClient} does not offer; deploy behind an egress firewall when that
 * matters. Thread-safe.
 */
public final class UrlFetcher {

  /** Most redirects followed before giving up. */
  public static final int MAX_REDIRECTS = 5;

  private static final String USER_AGENT = "Veracity (+https://veracity.dev; article check)";

  private final AddressPolicy policy;
  private final InputLimits limits;
  private final Duration timeout;
  private final HttpClient client;

  /**
   * A fetcher.
   *
   * @param policy which addresses and ports may be contacted
   * @param limits the byte cap applied to each response body
   * @param timeout limit for connecting, and for each whole request/response exchange
   */
  public UrlFetcher(AddressPolicy policy, InputLimits limits, Duration timeout) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, got " + timeout);
    }
    this.client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(timeout)
            .build();
  }

  /** A fetcher that allows only public addresses, with default caps and a 20-second limit. */
  public static UrlFetcher withDefaults() {
    return new UrlFetcher(new PublicAddressPolicy(), InputLimits.DEFAULT, Duration.ofSeconds(20));
  }

  /** Whether {@code text} is meant as a URL (has a scheme such as {@code https:}). */
  public static boolean looksLikeUrl(String text) {
    return text.matches("(?i)[a-z][a-z0-9+.\\-]*://.*");
  }

  /**
   * Fetches {@code url}.
   *
   * @param url the URL as the user gave it; also the source name of the result
   */
  public RawInput fetch(String url) throws InputException {
    Objects.requireNonNull(url, "url");
    URI uri = parse(url, url);
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      check(uri, url);
      HttpResponse<byte[]> response = exchange(uri, url);
      int status = response.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        String location =
            response
                .headers()
                .firstValue("Location")
                .orElseThrow(
                    () ->
                        new InputException(
                            InputException.Code.FETCH_FAILED,
                            url,
                            "HTTP " + status + " redirect without a Location"));
        uri = uri.resolve(parse(location, url));
        continue;
      }
      if (status < 200 || status >= 300) {
        throw new InputException(InputException.Code.FETCH_FAILED, url, "HTTP status " + status);
      }
      Optional<String> contentType = response.headers().firstValue("Content-Type");
      Optional<String> mediaType = contentType.map(UrlFetcher::mediaType);
      if (mediaType.filter(t -> !isTextual(t)).isPresent()) {
        throw new InputException(
            InputException.Code.UNSUPPORTED,
            url,
            "content type " + mediaType.get() + " is not text or HTML");
      }
      return new RawInput(
          url,
          response.body(),
          mediaType,
          contentType.flatMap(UrlFetcher::charsetParameter),
          Optional.of(uri));
    }
    throw new InputException(
        InputException.Code.FETCH_FAILED, url, "more than " + MAX_REDIRECTS + " redirects");
  }

  /** Refuses {@code uri} unless its scheme, user info, port and every address are allowed. */
  void check(URI uri, String source) throws InputException {
    String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw refused(source, "only http and https URLs are fetched, not " + uri.getScheme());
    }
    if (uri.getRawUserInfo() != null) {
      throw refused(source, "URLs with user info (user@host) are not fetched");
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      throw refused(source, "the URL has no host name");
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw new InputException(
          InputException.Code.FETCH_FAILED, source, "cannot resolve host " + host, e);
    }
    for (InetAddress address : addresses) {
      Optional<String> why = policy.refusal(address);
      if (why.isPresent()) {
        throw refused(
            source, host + " resolves to " + why.get() + " (" + address.getHostAddress() + ")");
      }
    }
    int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
    if (!policy.allowsPort(port)) {
      throw refused(source, "port " + port + " is not allowed");
    }
  }

  private HttpResponse<byte[]> exchange(URI uri, String source) throws InputException {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("User-Agent", USER_AGENT)
            .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1")
            .GET()
            .build();
    CompletableFuture<HttpResponse<byte[]>> future =
        client.sendAsync(request, info -> capped(info, source));
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new InputException(
          InputException.Code.FETCH_FAILED,
          source,
          "timed out after " + timeout.toSeconds() + " s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InputException(InputException.Code.FETCH_FAILED, source, "interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      while (cause != null && !(cause instanceof InputException) && cause.getCause() != null) {
        cause = cause.getCause();
      }
      if (cause instanceof InputException) {
        throw (InputException) cause;
      }
      String what = e.getCause() instanceof IOException ? "connection failed" : "fetch failed";
      throw new InputException(
          InputException.Code.FETCH_FAILED, source, what + ": " + e.getCause(), e.getCause());
    }
  }

  private HttpResponse.BodySubscriber<byte[]> capped(
      HttpResponse.ResponseInfo info, String source) {
    OptionalLong declared = info.headers().firstValueAsLong("Content-Length");
    if (declared.isPresent() && declared.getAsLong() > limits.maxBytes()) {
      return new CappedBody(0, source, true);
    }
    return new CappedBody(limits.maxBytes(), source, false);
  }

  private static InputException refused(String source, String why) {
    return new InputException(InputException.Code.FETCH_REFUSED, source, why);
  }

  private static URI parse(String text, String source) throws InputException {
    try {
      return new URI(text.strip());
    } catch (URISyntaxException e) {
      throw new InputException(
          InputException.Code.FETCH_REFUSED, source, "not a valid URL: " + e.getReason(), e);
    }
  }

  private static String mediaType(String contentType) {
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  private static Optional<String> charsetParameter(String contentType) {
    for (String part : contentType.split(";")) {
      String p = part.strip();
      if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
        String value = p.substring("charset=".length()).replace("\"", "").replace("'", "").strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
      }
    }
    return Optional.empty();
  }

  private static boolean isTextual(String mediaType) {
    return mediaType.startsWith("text/")
        || mediaType.equals("application/xhtml+xml")
        || mediaType.equals("application/xml")
        || mediaType.equals("application/octet-stream")
        || mediaType.equals("application/gzip")
        || mediaType.equals("application/x-gzip");
  }

  @Override
  public String toString() {
    return "UrlFetcher(" + policy + ", " + limits + ", timeout " + timeout + ")";
  }

  /** Collects a body, cancelling the stream as soon as it passes the cap. */
  private final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final long cap;
    private final String source;
    private final boolean refuseAtOnce;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final List<ByteBuffer> parts = new ArrayList<>();
    private long total;
    private Flow.Subscription subscription;

    CappedBody(long cap, String source, boolean refuseAtOnce) {
      this.cap = cap;
      this.source = source;
      this.refuseAtOnce = refuseAtOnce;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      if (refuseAtOnce) {
        s.cancel();
        result.completeExceptionally(InputReader.tooLarge(source, limits.maxBytes()));
      } else {
        s.request(Long.MAX_VALUE);
      }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer b : items) {
        total += b.remaining();
        parts.add(b);
      }
      if (total > cap) {
        subscription.cancel();
        parts.clear();
        result.completeExceptionally(InputReader.tooLarge(source, cap));
      }
    }

    @Override
    public void onError(Throwable error) {
      result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
      if (result.isDone()) {
        return;
      }
      byte[] all = new byte[(int) total];
      int at = 0;
      for (ByteBuffer b : parts) {
        int n = b.remaining();
        b.get(all, at, n);
        at += n;
      }
      result.complete(all);
    }
  }
}
