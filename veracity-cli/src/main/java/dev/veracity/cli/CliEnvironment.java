package dev.veracity.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the command line reads from the process around it, gathered once at the edge.
 *
 * @param stdin standard input, read for the input {@code -}
 * @param env environment variables
 * @param userHome the user's home directory
 */
public record CliEnvironment(InputStream stdin, Map<String, String> env, Path userHome) {

  /** Validates and copies. */
  public CliEnvironment {
    Objects.requireNonNull(stdin, "stdin");
    env = Map.copyOf(env);
    Objects.requireNonNull(userHome, "userHome");
  }

  /** This process's standard input, environment and {@code user.home}. */
  public static CliEnvironment system() {
    return new CliEnvironment(System.in, System.getenv(), Path.of(System.getProperty("user.home")));
  }

  /** The home directory, given an optional {@code --home} flag. */
  public Home home(Optional<Path> flag) {
    return Home.resolve(flag, Optional.ofNullable(env.get(Home.ENV)), userHome);
  }
}
