package dev.veracity.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veracity.input.InputException;
import dev.veracity.server.store.StoreException;
import io.javalin.http.HttpResponseException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

  @Test
  void aRefusedUrlIs422WithItsInputCode() {
    ApiException p =
        ProblemMapper.toProblem(
            new InputException(InputException.Code.FETCH_REFUSED, "http://10.0.0.1/", "private"));

    assertThat(p.status()).isEqualTo(422);
    assertThat(p.code()).isEqualTo("fetch_refused");
    assertThat(p.getMessage()).isEqualTo("http://10.0.0.1/: private");
  }

  @Test
  void tooLargeInputIs413() {
    ApiException p =
        ProblemMapper.toProblem(new InputException(InputException.Code.TOO_LARGE, "x", "big"));

    assertThat(p.status()).isEqualTo(413);
  }

  @Test
  void javalinsBodyCapIs413BodyTooLarge() {
    ApiException p = ProblemMapper.toProblem(new HttpResponseException(413, "Payload too large"));

    assertThat(p.code()).isEqualTo("body_too_large");
  }

  @Test
  void aDatabaseFailureIs503WithRetryAfterAndNoSqlInTheDetail() {
    ApiException p =
        ProblemMapper.toProblem(
            new StoreException("write failed", new SQLException("table checks is locked")));

    assertThat(p.status()).isEqualTo(503);
    assertThat(p.code()).isEqualTo("store_unavailable");
    assertThat(p.headers()).containsEntry("Retry-After", "5");
    assertThat(p.getMessage()).doesNotContain("locked");
  }

  @Test
  void aBugIs500InternalWithAReferenceAndNoExceptionText() {
    ApiException p = ProblemMapper.toProblem(new IllegalStateException("secret internals"));

    assertThat(p.status()).isEqualTo(500);
    assertThat(p.code()).isEqualTo("internal");
    assertThat(p.getMessage()).doesNotContain("secret internals").contains("reference ");
  }
}
