package dev.veracity.factcheck.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.veracity.factcheck.FactCheck;
import java.io.IOException;

/**
 * The JSON form of a {@link FactCheck} as the store keeps it and as {@code factchecks search
 * --json} prints it: snake_case keys, absent optionals omitted, dates as ISO-8601. Thread-safe.
 */
public final class FactCheckJson {

  /** The mapper, shared; configured like the report's JSON. */
  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .addModule(new JavaTimeModule())
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private FactCheckJson() {}

  /** One line of JSON. */
  public static String write(FactCheck factCheck) {
    try {
      return MAPPER.writeValueAsString(factCheck);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a fact-check always serialises", e);
    }
  }

  /**
   * Reads what {@link #write} wrote.
   *
   * @throws IOException when the text is not a valid fact-check
   */
  public static FactCheck read(String json) throws IOException {
    try {
      return MAPPER.readValue(json, FactCheck.class);
    } catch (JsonProcessingException e) {
      throw new IOException("stored fact-check is unreadable: " + e.getOriginalMessage(), e);
    }
  }

  /** The shared mapper, for callers that print fact-checks inside larger JSON. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
