package dev.veracity.source;

import java.util.Objects;

/** Input that names no rateable site: an IP address, a bare public suffix, or no host at all. */
public final class NotADomainException extends Exception {

  private final String input;
  private final String reason;

  /**
   * A refused input.
   *
   * @param input the text as given
   * @param reason why, for a person, e.g. {@code "an IP address"}
   */
  public NotADomainException(String input, String reason) {
    super("not a domain: " + Objects.requireNonNull(reason, "reason"));
    this.input = Objects.requireNonNull(input, "input");
    this.reason = reason;
  }

  /** The text as given. */
  public String input() {
    return input;
  }

  /** Why it names no site. */
  public String reason() {
    return reason;
  }
}
