package dev.veracity.corpus;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Locates the small corpus fixtures under {@code src/test/resources/dev/veracity/corpus/}. */
final class Fixtures {

  private Fixtures() {}

  static Path corpus(String name) {
    URL url = Fixtures.class.getResource(name);
    if (url == null) {
      throw new IllegalStateException("fixture missing: " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("fixture URL is not a path: " + url, e);
    }
  }
}
