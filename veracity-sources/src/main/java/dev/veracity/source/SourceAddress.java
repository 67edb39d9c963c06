package dev.veracity.source;

import com.google.common.net.InetAddresses;
import com.google.common.net.InternetDomainName;
import java.net.IDN;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A site as rating lists name it: a host reduced to lower-case ASCII, its registrable domain, and
 * an optional path section.
 *
 * <p>The registrable domain is the public suffix plus one label ({@link
 * InternetDomainName#topPrivateDomain()}, Public Suffix List including its private section, so
 * {@code x.blogspot.com} and {@code abcnews.com.co} are sites of their own).
 *
 * @param host the host, lower-case ASCII (punycode), without a trailing dot or port
 * @param registrableDomain the host's registrable domain, e.g. {@code yournewswire.com}
 * @param section the path, lower-case, without query, fragment or trailing {@code /}; empty for the
 *     site as a whole
 */
public record SourceAddress(String host, String registrableDomain, Optional<String> section) {

  /** Validates. */
  public SourceAddress {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(registrableDomain, "registrableDomain");
    Objects.requireNonNull(section, "section");
    if (!host.equals(registrableDomain) && !host.endsWith("." + registrableDomain)) {
      throw new IllegalArgumentException(
          "host must be registrableDomain or under it, got " + host + " and " + registrableDomain);
    }
    section.ifPresent(
        s -> {
          if (!s.startsWith("/") || s.length() < 2 || s.endsWith("/")) {
            throw new IllegalArgumentException(
                "section must start with / and not end with /, got '" + s + "'");
          }
        });
  }

  /**
   * Parses a domain, host or URL: {@code https://www.example.com/x}, {@code m.example.com}, {@code
   * Example.COM.}, {@code example.com:443}, {@code bücher.de} or {@code xn--bcher-kva.de}.
   *
   * @throws NotADomainException for an IP address, a bare public suffix, a host outside every known
   *     public suffix, or text that is not a host name
   */
  public static SourceAddress parse(String input) throws NotADomainException {
    Objects.requireNonNull(input, "input");
    String s = input.strip();
    if (s.isEmpty()) {
      throw new NotADomainException(input, "empty");
    }
    int scheme = s.indexOf("://");
    if (scheme > 0 && s.substring(0, scheme).matches("[A-Za-z][A-Za-z0-9+.-]*")) {
      s = s.substring(scheme + 3);
    } else if (s.startsWith("//")) {
      s = s.substring(2);
    }
    int end = firstOf(s, "/?#");
    String authority = s.substring(0, end);
    String rest = s.substring(end);
    authority = authority.substring(authority.lastIndexOf('@') + 1);
    if (authority.startsWith("[")) {
      throw new NotADomainException(input, "an IP address");
    }
    int colon = authority.lastIndexOf(':');
    if (colon >= 0) {
      String port = authority.substring(colon + 1);
      if (!port.chars().allMatch(c -> c >= '0' && c <= '9')) {
        throw new NotADomainException(input, "'" + authority + "' is not a host name");
      }
      authority = authority.substring(0, colon);
    }
    String host =
        authority.endsWith(".") ? authority.substring(0, authority.length() - 1) : authority;
    if (host.isEmpty()) {
      throw new NotADomainException(input, "no host name");
    }
    if (InetAddresses.isInetAddress(host)) {
      throw new NotADomainException(input, "an IP address");
    }
    String ascii;
    try {
      ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      throw new NotADomainException(input, "'" + host + "' is not a host name");
    }
    if (!InternetDomainName.isValid(ascii)) {
      throw new NotADomainException(input, "'" + ascii + "' is not a host name");
    }
    InternetDomainName name = InternetDomainName.from(ascii);
    if (name.isPublicSuffix()) {
      throw new NotADomainException(input, "'" + ascii + "' is a public suffix, not a site");
    }
    if (!name.isUnderPublicSuffix()) {
      throw new NotADomainException(input, "'" + ascii + "' is under no known public suffix");
    }
    return new SourceAddress(ascii, name.topPrivateDomain().toString(), section(rest));
  }

  /**
   * The host without a leading {@code www.} (unless that is the registrable domain itself), the
   * form in which lists are indexed.
   */
  public String siteHost() {
    if (host.startsWith("www.") && host.length() > registrableDomain.length()) {
      return host.substring(4);
    }
    return host;
  }

  /**
   * The hosts a list entry may be stored under, most specific first: {@link #siteHost()} and each
   * parent down to the registrable domain.
   */
  public List<String> candidateHosts() {
    List<String> hosts = new ArrayList<>();
    String h = siteHost();
    while (true) {
      hosts.add(h);
      if (h.length() <= registrableDomain.length()) {
        return hosts;
      }
      h = h.substring(h.indexOf('.') + 1);
    }
  }

  /** The site and section as one string, e.g. {@code newyorker.com/humor}. */
  public String siteKey() {
    return siteHost() + section.orElse("");
  }

  private static Optional<String> section(String rest) {
    int end = firstOf(rest, "?#");
    String path = rest.substring(0, end).toLowerCase(Locale.ROOT);
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return path.isEmpty() ? Optional.empty() : Optional.of(path);
  }

  private static int firstOf(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return s.length();
  }
}
