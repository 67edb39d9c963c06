package dev.veracity.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The served OpenAPI document is valid and describes exactly the routes the server registers. */
class OpenApiIT {

  @TempDir static Path dir;
  private static TestServer server;
  private static SwaggerParseResult parsed;

  @BeforeAll
  static void start() {
    server = TestServer.h2(dir);
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    parsed =
        new OpenAPIV3Parser()
            .readContents(server.get("/api/v1/openapi.json").body(), null, options);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theDocumentParsesWithoutAnyValidationMessage() {
    assertThat(parsed.getMessages()).isEmpty();
    assertThat(parsed.getOpenAPI().getOpenapi()).isEqualTo("3.0.3");
  }

  @Test
  void everyRegisteredRouteIsDocumentedAndEveryDocumentedRouteIsRegistered() {
    Set<String> documented = new TreeSet<>();
    OpenAPI api = parsed.getOpenAPI();
    api.getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .keySet()
                    .forEach(
                        (PathItem.HttpMethod m) ->
                            documented.add(m.name().toUpperCase(Locale.ROOT) + " " + path)));

    assertThat(new TreeSet<>(server.server.endpoints())).isEqualTo(documented);
  }
}
