package dev.veracity.factcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.veracity.Veracity;
import dev.veracity.article.Article;
import dev.veracity.report.CheckReport;
import dev.veracity.report.ReportJson;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FactCheckReportingTest {

  private static final Article ARTICLE =
      Article.ofText(
              "Senator says the moon is made of cheese\n\n"
                  + "The senator said on Tuesday that the moon is made of cheese, and that NASA"
                  + " spent 4 billion dollars hiding it.")
          .withTitle("Senator says the moon is made of cheese");

  /** Matches any text that mentions cheese. */
  private static final FactCheckMatcher CHEESE =
      new FactCheckMatcher() {
        @Override
        public List<FactCheckMatch> match(String claim) {
          if (!claim.contains("cheese")) {
            return List.of();
          }
          return List.of(
              new FactCheckMatch(
                  FactCheckTest.sample(),
                  1,
                  0.91,
                  Optional.of(0.8),
                  Set.of(MatchKind.SEMANTIC),
                  List.of("moon", "cheese")));
        }

        @Override
        public String describe() {
          return "cheese index";
        }
      };

  @Test
  void reportWithoutMatcherSaysNoIndexIsLoadedAndHowToBuildOne() {
    CheckReport report = Veracity.defaults().check(ARTICLE, "a.txt");
    JsonNode json = ReportJson.toTree(report).get("fact_checks");
    assertThat(json.get("status").asText()).isEqualTo("no_index");
    assertThat(json.get("hint").asText()).contains("veracity factchecks build-default");
    assertThat(json.get("statements")).isEmpty();
  }

  @Test
  void headlineMatchIsReportedWithRatingAndLink() {
    CheckReport report =
        Veracity.defaultBuilder().factCheckMatcher(CHEESE).build().check(ARTICLE, "a.txt");
    JsonNode first = ReportJson.toTree(report).get("fact_checks").get("statements").get(0);
    assertThat(first.get("role").asText()).isEqualTo("headline");
    JsonNode match = first.get("matches").get(0);
    assertThat(match.get("fact_check").get("rating").asText()).isEqualTo("false");
    assertThat(match.get("fact_check").get("url").asText())
        .isEqualTo("https://example.org/review/1");
    assertThat(match.get("matched_by").get(0).asText()).isEqualTo("semantic");
  }

  @Test
  void statementWithoutMatchListsNoMatches() {
    FactCheckMatcher none =
        new FactCheckMatcher() {
          @Override
          public List<FactCheckMatch> match(String claim) {
            return List.of();
          }

          @Override
          public String describe() {
            return "empty index";
          }
        };
    CheckReport report =
        Veracity.defaultBuilder().factCheckMatcher(none).build().check(ARTICLE, "a.txt");
    assertThat(report.factChecks().status()).isEqualTo(FactCheckReport.Status.LOADED);
    assertThat(report.factChecks().statements()).isNotEmpty().allMatch(s -> s.matches().isEmpty());
  }

  @Test
  void matcherIsNamedInTheReportProvenance() {
    CheckReport report =
        Veracity.defaultBuilder().factCheckMatcher(CHEESE).build().check(ARTICLE, "a.txt");
    assertThat(report.provenance().components())
        .anyMatch(c -> c.role().equals("fact-checks") && c.name().equals("cheese index"));
  }
}
