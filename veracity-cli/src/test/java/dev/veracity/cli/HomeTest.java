package dev.veracity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HomeTest {

  private static final Path USER = Path.of("/home/ana");

  @Test
  void flagWinsOverEnvironment() {
    assertThat(Home.resolve(Optional.of(Path.of("/srv/v")), Optional.of("/env/v"), USER))
        .isEqualTo(new Home(Path.of("/srv/v")));
  }

  @Test
  void environmentWinsOverDefault() {
    assertThat(Home.resolve(Optional.empty(), Optional.of("/env/v"), USER).directory())
        .isEqualTo(Path.of("/env/v"));
  }

  @Test
  void defaultIsDotVeracityInTheUserHome() {
    assertThat(Home.resolve(Optional.empty(), Optional.of(" "), USER).directory())
        .isEqualTo(Path.of("/home/ana/.veracity"));
  }
}
