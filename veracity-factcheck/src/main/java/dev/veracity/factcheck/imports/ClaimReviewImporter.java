package dev.veracity.factcheck.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.veracity.factcheck.FactCheck;
import dev.veracity.factcheck.Rating;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Reads schema.org ClaimReview JSON-LD: a single object, an array, an {@code @graph}, a DataFeed
 * ({@code dataFeedElement[].item[]}, the ClaimReview feed format), or an HTML page's {@code <script
 * type="application/ld+json">} blocks. Objects of other types are skipped silently when they sit
 * beside ClaimReviews in a page, and rejected otherwise.
 */
public final class ClaimReviewImporter implements FactCheckImporter {

  /** The format name. */
  public static final String FORMAT = "claimreview";

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public ImportResult read(Path path) throws IOException {
    return ImportSink.readEach(FORMAT, path, "", ClaimReviewImporter::parse);
  }

  private static void parse(String name, String text, ImportSink sink) {
    if (text.stripLeading().startsWith("<")) {
      int i = 0;
      for (Element script : Jsoup.parse(text).select("script[type=application/ld+json]")) {
        i++;
        readJson(script.data(), name + "#script" + i, sink, true);
      }
      if (i == 0) {
        sink.reject(name, "HTML page without an ld+json script");
      }
    } else {
      readJson(text, name, sink, false);
    }
  }

  private static void readJson(String text, String location, ImportSink sink, boolean inPage) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      sink.reject(location, "not JSON: " + e.getOriginalMessage());
      return;
    }
    List<JsonNode> items = new ArrayList<>();
    collect(root, items);
    int i = 0;
    for (JsonNode item : items) {
      i++;
      String where = items.size() == 1 ? location : location + "[" + i + "]";
      if (!isClaimReview(item)) {
        if (!inPage) {
          sink.reject(where, "not a ClaimReview (@type " + item.path("@type") + ")");
        }
        continue;
      }
      sink.add(() -> toFactCheck(item), where);
    }
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> collect(n, out));
    } else if (node.has("@graph")) {
      collect(node.get("@graph"), out);
    } else if (node.has("dataFeedElement")) {
      for (JsonNode element : node.get("dataFeedElement")) {
        collect(element.has("item") ? element.get("item") : element, out);
      }
    } else {
      out.add(node);
    }
  }

  private static boolean isClaimReview(JsonNode node) {
    JsonNode type = node.path("@type");
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (t.asText().endsWith("ClaimReview")) {
          return true;
        }
      }
      return false;
    }
    return type.asText().endsWith("ClaimReview");
  }

  static FactCheck toFactCheck(JsonNode review) throws BadRecordException {
    Map<String, String> f = new HashMap<>();
    f.put("claim", text(review.path("claimReviewed")));
    JsonNode item = review.path("itemReviewed");
    f.put("claimant", name(item.path("author")));
    f.put("claim_date", text(item.path("datePublished")));
    if (f.get("claim_date").isEmpty()) {
      f.put("claim_date", text(item.path("appearance").path("datePublished")));
    }
    f.put("reviewer", name(review.path("author")));
    if (f.get("reviewer").isEmpty()) {
      f.put("reviewer", name(review.path("publisher")));
    }
    f.put("title", text(review.has("headline") ? review.path("headline") : review.path("name")));
    f.put("url", text(review.path("url")));
    f.put("review_date", text(review.path("datePublished")));
    f.put("language", text(review.path("inLanguage")));
    JsonNode rating = review.path("reviewRating");
    String ratingText = text(rating.path("alternateName"));
    if (ratingText.isEmpty()) {
      ratingText = text(rating.path("name"));
    }
    f.put("rating", ratingText);
    FactCheck fc = Fields.toFactCheck(f, Optional.empty(), FORMAT);
    if (!fc.rating().onScale() && rating.has("ratingValue")) {
      Optional<Rating> numeric = numeric(rating);
      if (numeric.isPresent()) {
        return new FactCheck(
            fc.id(),
            fc.claim(),
            fc.claimant(),
            fc.claimDate(),
            fc.reviewer(),
            fc.title(),
            fc.ratingText().isEmpty() ? text(rating.path("ratingValue")) : fc.ratingText(),
            numeric.get(),
            fc.url(),
            fc.reviewDate(),
            fc.language(),
            fc.source());
      }
    }
    return fc;
  }

  private static Optional<Rating> numeric(JsonNode rating) {
    try {
      double value = Double.parseDouble(text(rating.path("ratingValue")));
      double worst = Double.parseDouble(text(rating.path("worstRating")));
      double best = Double.parseDouble(text(rating.path("bestRating")));
      if (best > worst && value >= worst && value <= best) {
        return Optional.of(Rating.fromScale(value, worst, best));
      }
      return Optional.empty();
    } catch (NumberFormatException e) {
      // Without a full numeric scale the text rating stands.
      return Optional.empty();
    }
  }

  private static String name(JsonNode node) {
    if (node.isArray()) {
      return node.isEmpty() ? "" : name(node.get(0));
    }
    if (node.isObject()) {
      return text(node.path("name"));
    }
    return text(node);
  }

  private static String text(JsonNode node) {
    return node.isValueNode() ? node.asText() : "";
  }
}
