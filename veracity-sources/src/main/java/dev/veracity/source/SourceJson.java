package dev.veracity.source;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.util.Map;
import java.util.Objects;

/**
 * The JSON form of source verdicts and list statistics: snake_case fields, empty {@code Optional}s
 * omitted, enums as lower-case ids. Thread-safe.
 */
public final class SourceJson {

  /** The schema id written into every verdict object. */
  public static final String SCHEMA = "veracity.source/1";

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
          .build();

  private SourceJson() {}

  /**
   * A verdict as JSON: {@code schema}, {@code input} (as the user gave it), {@code domain}, {@code
   * host}, {@code section}, {@code rated}, {@code verdict} (category, bias, factuality, basis list,
   * lists_disagree), {@code ratings} and {@code section_only}.
   */
  public static ObjectNode toTree(String input, SourceVerdict verdict) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(verdict, "verdict");
    ObjectNode result = MAPPER.createObjectNode();
    result.put("schema", SCHEMA);
    result.put("input", input);
    result.put("domain", verdict.address().registrableDomain());
    result.put("host", verdict.address().host());
    verdict.address().section().ifPresent(s -> result.put("section", s));
    result.put("rated", verdict.rated());
    ObjectNode combined = result.putObject("verdict");
    verdict.category().ifPresent(c -> combined.put("category", c.id()));
    verdict.bias().ifPresent(b -> combined.put("bias", b.id()));
    verdict.factuality().ifPresent(f -> combined.put("factuality", f.id()));
    verdict.basis().ifPresent(b -> combined.put("basis", b.snapshot().name()));
    combined.put("lists_disagree", verdict.listsDisagree());
    result.set("ratings", MAPPER.valueToTree(verdict.ratings()));
    result.set("section_only", MAPPER.valueToTree(verdict.sectionOnly()));
    return result;
  }

  /**
   * An input that names no site: {@code schema}, {@code input} and {@code error} ({@code code},
   * {@code message}).
   */
  public static ObjectNode failure(String input, String code, String message) {
    ObjectNode result = MAPPER.createObjectNode();
    result.put("schema", SCHEMA);
    result.put("input", Objects.requireNonNull(input, "input"));
    ObjectNode error = result.putObject("error");
    error.put("code", Objects.requireNonNull(code, "code"));
    error.put("message", Objects.requireNonNull(message, "message"));
    return result;
  }

  /** Per-list statistics: snapshot, category counts and skipped rows. */
  public static ObjectNode stats(SourceRatings ratings) {
    ObjectNode result = MAPPER.createObjectNode();
    result.put("schema", SCHEMA);
    var lists = result.putArray("lists");
    for (SourceList list : ratings.lists()) {
      ObjectNode node = lists.addObject();
      node.set("snapshot", MAPPER.valueToTree(list.snapshot()));
      ObjectNode counts = node.putObject("categories");
      for (Map.Entry<SourceCategory, Integer> e : list.countsByCategory().entrySet()) {
        counts.put(e.getKey().id(), e.getValue());
      }
      node.set("skipped", MAPPER.valueToTree(list.skipped()));
    }
    return result;
  }
}
