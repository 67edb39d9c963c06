package dev.veracity.factcheck.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads responses of the Google Fact Check Tools API {@code claims:search}: {@code claims[]}, each
 * with {@code text}, {@code claimant}, {@code claimDate} and {@code claimReview[]} ({@code
 * publisher.name}, {@code url}, {@code title}, {@code reviewDate}, {@code textualRating}, {@code
 * languageCode}). Each review of each claim is one fact-check.
 */
public final class GoogleFactCheckApiImporter implements FactCheckImporter {

  /** The format name. */
  public static final String FORMAT = "google-factcheck-api";

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public ImportResult read(Path path) throws IOException {
    return ImportSink.readEach(FORMAT, path, ".json", GoogleFactCheckApiImporter::parse);
  }

  private static void parse(String name, String text, ImportSink sink) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      sink.reject(name, "not JSON: " + e.getOriginalMessage());
      return;
    }
    JsonNode claims = root.path("claims");
    if (!claims.isArray()) {
      sink.reject(name, "no claims array");
      return;
    }
    for (int i = 0; i < claims.size(); i++) {
      JsonNode claim = claims.get(i);
      JsonNode reviews = claim.path("claimReview");
      if (!reviews.isArray() || reviews.isEmpty()) {
        sink.reject(name + ":claims[" + i + "]", "no claimReview");
        continue;
      }
      for (int j = 0; j < reviews.size(); j++) {
        JsonNode review = reviews.get(j);
        Map<String, String> f = new HashMap<>();
        f.put("claim", claim.path("text").asText(""));
        f.put("claimant", claim.path("claimant").asText(""));
        f.put("claim_date", claim.path("claimDate").asText(""));
        f.put("reviewer", review.path("publisher").path("name").asText(""));
        if (f.get("reviewer").isBlank()) {
          f.put("reviewer", review.path("publisher").path("site").asText(""));
        }
        f.put("url", review.path("url").asText(""));
        f.put("title", review.path("title").asText(""));
        f.put("review_date", review.path("reviewDate").asText(""));
        f.put("rating", review.path("textualRating").asText(""));
        f.put("language", review.path("languageCode").asText(""));
        sink.add(f, Optional.empty(), name + ":claims[" + i + "].claimReview[" + j + "]");
      }
    }
  }
}
