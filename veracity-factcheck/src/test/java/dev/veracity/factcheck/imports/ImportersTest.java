package dev.veracity.factcheck.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.veracity.factcheck.FactCheck;
import dev.veracity.factcheck.Rating;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImportersTest {

  private static Path fixture(String name) {
    try {
      return Path.of(ImportersTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ImportResult read(String format, String file) throws Exception {
    return Importers.forFormat(format, ColumnMapping.IDENTITY).read(fixture(file));
  }

  @Test
  void claimReviewArrayKeepsTheGoodReviewsAndRejectsTheRest() throws Exception {
    ImportResult r = read("claimreview", "claimreview-array.json");
    assertThat(r.factChecks())
        .extracting(FactCheck::claim)
        .containsExactly("Barack Obama was born in Kenya.", "The moon is made of green cheese.");
    assertThat(r.rejects())
        .containsExactly(
            new Reject("claimreview-array.json[3]", "no claim"),
            new Reject("claimreview-array.json[4]", "not a ClaimReview (@type \"NewsArticle\")"),
            new Reject("claimreview-array.json[5]", "review_date: unreadable date: last Tuesday"));
  }

  @Test
  void claimReviewFieldsMapOntoTheFactCheck() throws Exception {
    FactCheck f = read("claimreview", "claimreview-array.json").factChecks().get(0);
    assertThat(f)
        .isEqualTo(
            new FactCheck(
                "https://checks.example.org/2020/obama-kenya",
                "Barack Obama was born in Kenya.",
                Optional.of("A chain email"),
                Optional.of(LocalDate.of(2008, 6, 1)),
                "Example Checks",
                Optional.of("Was Barack Obama born in Kenya?"),
                "Pants on Fire",
                Rating.FALSE,
                Optional.of("https://checks.example.org/2020/obama-kenya"),
                Optional.of(LocalDate.of(2020, 3, 4)),
                "en",
                "claimreview"));
  }

  @Test
  void claimReviewWithOnlyANumericRatingIsPlacedOnTheScale() throws Exception {
    FactCheck f = read("claimreview", "claimreview-array.json").factChecks().get(1);
    assertThat(f.rating()).isEqualTo(Rating.MOSTLY_FALSE);
    assertThat(f.ratingText()).isEqualTo("2");
  }

  @Test
  void claimReviewInAnHtmlPageIsReadFromItsLdJsonScript() throws Exception {
    ImportResult r = read("claimreview", "claimreview-page.html");
    assertThat(r.factChecks())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.claim()).isEqualTo("5G towers spread the coronavirus.");
              assertThat(f.reviewDate()).contains(LocalDate.of(2020, 4, 10));
            });
    assertThat(r.rejects())
        .extracting(Reject::location)
        .containsExactly("claimreview-page.html#script3");
  }

  @Test
  void claimReviewFeedItemsAreRead() throws Exception {
    ImportResult r = read("claimreview", "claimreview-feed.json");
    assertThat(r.factChecks()).extracting(FactCheck::rating).containsExactly(Rating.MOSTLY_FALSE);
    assertThat(r.rejects())
        .extracting(Reject::reason)
        .containsExactly("url is not an http(s) address: not-a-url");
  }

  @Test
  void googleApiResponseGivesOneFactCheckPerReview() throws Exception {
    ImportResult r = read("google-factcheck-api", "google-api.json");
    assertThat(r.factChecks())
        .extracting(FactCheck::reviewer)
        .containsExactly("PolitiFact", "factcheck.example");
    assertThat(r.factChecks().get(0).claimDate()).contains(LocalDate.of(2019, 5, 1));
    assertThat(r.rejects())
        .containsExactly(
            new Reject("google-api.json:claims[1]", "no claimReview"),
            new Reject("google-api.json:claims[2].claimReview[0]", "no claim"));
  }

  @Test
  void snopesScrapeReadsUnescapedQuotesLineByLine() throws Exception {
    ImportResult r = read("snopes-scrape", "mixture-stories.json");
    assertThat(r.factChecks())
        .extracting(FactCheck::claim)
        .containsExactly(
            "As many as 500,000 sharks could be killed for \"squalene\" to make a vaccine.",
            "Barack Obama was born in Kenya.");
    FactCheck sharks = r.factChecks().get(0);
    assertThat(sharks.title()).contains("Will Half A Million Sharks Be Killed for a \"Vaccine\"?");
    assertThat(sharks.reviewDate()).contains(LocalDate.of(2020, 10, 9));
    assertThat(sharks.reviewer()).isEqualTo("Snopes");
    assertThat(sharks.id()).isEqualTo("https://www.snopes.example/fact-check/sharks-vaccine/");
  }

  @Test
  void snopesScrapeTakesTheRatingFromTheFileNameWhenTheRecordHasNone() throws Exception {
    FactCheck obama = read("snopes-scrape", "mixture-stories.json").factChecks().get(1);
    assertThat(obama.ratingText()).isEqualTo("mixture");
    assertThat(obama.rating()).isEqualTo(Rating.MIXED);
  }

  @Test
  void snopesScrapeRejectsEmptyAndBrokenRecords() throws Exception {
    assertThat(read("snopes-scrape", "mixture-stories.json").rejects())
        .containsExactly(
            new Reject("mixture-stories.json:12", "no claim"),
            new Reject("mixture-stories.json:25", "unparsed line in record"));
  }

  @Test
  void liarRowsBecomePolitiFactReviews() throws Exception {
    ImportResult r = read("liar", "liar-sample.tsv");
    assertThat(r.factChecks()).extracting(FactCheck::id).containsExactly("liar:1001", "liar:1002");
    FactCheck first = r.factChecks().get(0);
    assertThat(first.reviewer()).isEqualTo("PolitiFact");
    assertThat(first.claimant()).contains("jane doe");
    assertThat(first.rating()).isEqualTo(Rating.FALSE);
    assertThat(r.rejects())
        .containsExactly(
            new Reject("liar-sample.tsv:3", "expected 14 fields, got 4"),
            new Reject("liar-sample.tsv:4", "no label"));
  }

  @Test
  void checkThatVerifiedClaimsKeepTheirIdsAndAreUnrated() throws Exception {
    ImportResult r = read("checkthat-vclaims", "verified_claims.docs.tsv");
    assertThat(r.factChecks()).extracting(FactCheck::id).containsExactly("0", "1");
    assertThat(r.factChecks().get(1).claim()).isEqualTo("A claim with \"quotes\" inside.");
    assertThat(r.factChecks().get(0).rating()).isEqualTo(Rating.UNRATED);
    assertThat(r.rejects())
        .extracting(Reject::reason)
        .containsExactly("expected 3 fields, got 2", "no claim");
  }

  @Test
  void csvColumnsAreMappedToFields() throws Exception {
    ColumnMapping mapping =
        ColumnMapping.parse(
            "url=link,claim=statement,claimant=who,rating=verdict,reviewer=site,review_date=published");
    ImportResult r = new TabularImporter("csv", mapping).read(fixture("sample.csv"));
    assertThat(r.factChecks())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.claim()).isEqualTo("Vaccines contain microchips, say posts");
              assertThat(f.claimant()).contains("Social media");
              assertThat(f.reviewDate()).contains(LocalDate.of(2021, 1, 2));
              assertThat(f.id()).isEqualTo("https://csv.example/1");
            });
    assertThat(r.rejects())
        .containsExactly(
            new Reject("sample.csv:2", "no claim"),
            new Reject("sample.csv:3", "review_date: unreadable date: yesterday"));
  }

  @Test
  void jsonLinesSkipBrokenLinesAndRecordsWithoutReviewer() throws Exception {
    ColumnMapping mapping =
        ColumnMapping.parse("url=link,claim=statement,rating=verdict,reviewer=site,language=lang");
    ImportResult r = new TabularImporter("jsonl", mapping).read(fixture("sample.jsonl"));
    assertThat(r.factChecks())
        .singleElement()
        .satisfies(f -> assertThat(f.language()).isEqualTo("en"));
    assertThat(r.rejects())
        .extracting(Reject::location, Reject::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("sample.jsonl:2", "no reviewer (publisher)"),
            org.assertj.core.groups.Tuple.tuple(
                "sample.jsonl:3",
                "not JSON: Unrecognized token 'not': was expecting (JSON String, Number, Array,"
                    + " Object or token 'null', 'true' or 'false')"),
            org.assertj.core.groups.Tuple.tuple("sample.jsonl:4", "not a JSON object"));
  }

  @Test
  void unknownFormatIsRejectedWithTheKnownNames() {
    assertThatThrownBy(() -> Importers.forFormat("xml", ColumnMapping.IDENTITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("format must be one of [claimreview, google-factcheck-api");
  }

  @Test
  void mappingToAnUnknownFieldIsRejected() {
    assertThatThrownBy(() -> ColumnMapping.parse("verdict=rating"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("field must be one of [id, claim");
  }
}
