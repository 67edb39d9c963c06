package dev.veracity.server.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Makes and hashes API key secrets.
 *
 * <p>A secret is {@code vk_} and 32 random bytes in URL-safe Base64 (256 bits), so a single
 * unsalted SHA-256 is enough to store it: no dictionary or brute force can reach a random 256-bit
 * value. Thread-safe.
 */
public final class ApiKeys {

  /** Allowed key names: what audits and verdicts show as the actor. */
  public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,99}");

  /** Shortest secret accepted from configuration. */
  public static final int MIN_SECRET_CHARS = 20;

  private static final SecureRandom RANDOM = new SecureRandom();

  private ApiKeys() {}

  /** A new random secret, e.g. {@code vk_3q…}. */
  public static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return "vk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The hex SHA-256 of a secret, as stored. */
  public static String hash(String secret) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }

  /**
   * Validates a key name.
   *
   * @throws IllegalArgumentException when it does not match {@link #NAME}
   */
  public static String requireName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "key name must be 1-100 letters, digits or ._@- starting with a letter or digit, got "
              + name);
    }
    return name;
  }
}
