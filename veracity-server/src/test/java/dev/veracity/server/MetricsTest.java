package dev.veracity.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricsTest {

  @Test
  void aRequestIsCountedAndItsLatencyFallsInCumulativeBuckets() {
    Metrics metrics = new Metrics();

    metrics.countRequest("POST", "/api/v1/checks", 201, 0.02);

    assertThat(metrics.render())
        .contains(
            "veracity_http_requests_total{method=\"POST\",route=\"/api/v1/checks\",status=\"201\"} 1\n")
        .contains(
            "veracity_http_request_duration_seconds_bucket{route=\"/api/v1/checks\",le=\"0.01\"} 0\n")
        .contains(
            "veracity_http_request_duration_seconds_bucket{route=\"/api/v1/checks\",le=\"0.025\"} 1\n")
        .contains(
            "veracity_http_request_duration_seconds_bucket{route=\"/api/v1/checks\",le=\"+Inf\"} 1\n")
        .contains("veracity_http_request_duration_seconds_count{route=\"/api/v1/checks\"} 1\n");
  }

  @Test
  void labelValuesAreEscaped() {
    Metrics metrics = new Metrics();

    metrics.countError("a\"b");

    assertThat(metrics.render()).contains("veracity_server_errors_total{code=\"a\\\"b\"} 1\n");
  }
}
