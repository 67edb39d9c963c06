package dev.veracity.cli;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Veracity's home directory, where models, indexes and settings will live.
 *
 * @param directory an absolute, normalised path; it need not exist yet
 */
public record Home(Path directory) {

  /** The environment variable naming the home directory. */
  public static final String ENV = "VERACITY_HOME";

  /** Validates and normalises. */
  public Home {
    directory = Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
  }

  /**
   * Resolves the home: the {@code --home} flag, else {@code $VERACITY_HOME}, else {@code
   * ~/.veracity}.
   *
   * @param flag the {@code --home} value, when given
   * @param env the value of {@value #ENV}, when set; blank counts as unset
   * @param userHome the user's home directory
   */
  public static Home resolve(Optional<Path> flag, Optional<String> env, Path userHome) {
    Objects.requireNonNull(userHome, "userHome");
    return new Home(
        flag.or(() -> env.filter(v -> !v.isBlank()).map(Path::of))
            .orElseGet(() -> userHome.resolve(".veracity")));
  }
}
