package dev.veracity.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veracity.report.ReportJson;
import java.io.IOException;

/** JSON trees in and out of the API. Thread-safe. */
final class Json {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /** Compact JSON text. */
  static String write(JsonNode node) {
    return ReportJson.compact(node);
  }

  /**
   * Parses a request body that must be a JSON object.
   *
   * @throws ApiException 400 {@code invalid_json} when it is not
   */
  static ObjectNode parseObject(byte[] body) {
    JsonNode node;
    try {
      node = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest(
          "invalid_json", "the body is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw ApiException.badRequest("invalid_json", "the body cannot be read");
    }
    if (node == null || !node.isObject()) {
      throw ApiException.badRequest("invalid_json", "the body must be a JSON object");
    }
    return (ObjectNode) node;
  }

  /** Parses stored JSON that this server wrote. */
  static JsonNode parseStored(String json) {
    return ReportJson.parse(json);
  }
}
