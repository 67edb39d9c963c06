package dev.veracity.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.veracity.claim.ArticleClaims;
import dev.veracity.factcheck.FactCheckReport;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The JSON form of {@link CheckReport}, schema {@value CheckReport#SCHEMA} (docs/REPORT.md).
 *
 * <p>Field names are snake_case; an empty {@code Optional} is omitted; instants are ISO-8601
 * strings in UTC; enums are lower-case ids. Every result object, report or failure, starts with
 * {@code schema} and {@code source} (the input's name as given), so that a stream of results can be
 * read line by line. Thread-safe.
 */
public final class ReportJson {

  /** Schema of the output of {@code veracity claims}. */
  public static final String CLAIMS_SCHEMA = "veracity.claims/1";

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .addModule(new JavaTimeModule())
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  private ReportJson() {}

  /** The report as a JSON tree, {@code schema} and {@code source} first. */
  public static ObjectNode toTree(CheckReport report) {
    Objects.requireNonNull(report, "report");
    ObjectNode body = MAPPER.valueToTree(report);
    ObjectNode result = MAPPER.createObjectNode();
    result.put("schema", report.schema());
    result.put("source", report.input().source());
    for (Map.Entry<String, JsonNode> field : body.properties()) {
      if (!field.getKey().equals("schema")) {
        result.set(field.getKey(), field.getValue());
      }
    }
    return result;
  }

  /**
   * The ranked claims of one article as a JSON tree: {@code schema} ({@value #CLAIMS_SCHEMA}),
   * {@code source}, {@code article} and {@code comments} (lists of claims as in a check report) and
   * {@code components} (what produced them).
   */
  public static ObjectNode claims(String source, ArticleClaims claims, List<Component> components) {
    ObjectNode result = MAPPER.createObjectNode();
    result.put("schema", CLAIMS_SCHEMA);
    result.put("source", Objects.requireNonNull(source, "source"));
    ObjectNode body = MAPPER.valueToTree(claims);
    result.set("article", body.get("article"));
    result.set("comments", body.get("comments"));
    result.set("components", MAPPER.valueToTree(components));
    return result;
  }

  /** The known-fact-check section of a report as a JSON tree, as in a check report. */
  public static ObjectNode factChecks(FactCheckReport section) {
    return MAPPER.valueToTree(Objects.requireNonNull(section, "section"));
  }

  /**
   * A failed input as a JSON tree: {@code schema}, {@code source} and {@code error} ({@code code},
   * {@code message}).
   *
   * @param source the input's name as given
   * @param code a stable lower-case error code, e.g. {@code "not_found"}
   * @param message for a person; names the input
   */
  public static ObjectNode failure(String source, String code, String message) {
    ObjectNode result = MAPPER.createObjectNode();
    result.put("schema", CheckReport.SCHEMA);
    result.put("source", Objects.requireNonNull(source, "source"));
    ObjectNode error = result.putObject("error");
    error.put("code", Objects.requireNonNull(code, "code"));
    error.put("message", Objects.requireNonNull(message, "message"));
    return result;
  }

  /** A JSON array of results. */
  public static ArrayNode array(List<ObjectNode> results) {
    ArrayNode array = MAPPER.createArrayNode();
    results.forEach(array::add);
    return array;
  }

  /** One line of JSON, no line break inside or at the end. */
  public static String compact(JsonNode node) {
    return write(node, false);
  }

  /** Indented JSON for people, without a trailing line break. */
  public static String pretty(JsonNode node) {
    return write(node, true);
  }

  /** Parses JSON text, e.g. to read a report back. */
  public static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static String write(JsonNode node, boolean indent) {
    try {
      return indent
          ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node)
          : MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }
}
