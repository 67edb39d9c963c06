package dev.veracity.source;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The small list fixtures under {@code src/test/resources/dev/veracity/source/}. */
final class Fixtures {

  private Fixtures() {}

  static Path folder(String name) {
    try {
      return Path.of(Fixtures.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("fixture folder " + name, e);
    }
  }
}
