package dev.veracity.factcheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.veracity.embed.SentenceEncoder;
import dev.veracity.embed.minilm.MiniLmSentenceEncoder;
import dev.veracity.factcheck.FactCheck;
import dev.veracity.factcheck.FactCheckMatch;
import dev.veracity.factcheck.MatchKind;
import dev.veracity.factcheck.Rating;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneFactCheckStoreTest {

  private static final SentenceEncoder ENCODER = new MiniLmSentenceEncoder();

  @TempDir Path dir;

  private static FactCheck check(
      String id, String claim, String reviewer, Rating rating, LocalDate reviewed) {
    return new FactCheck(
        id,
        claim,
        Optional.empty(),
        Optional.empty(),
        reviewer,
        Optional.empty(),
        rating.id(),
        rating,
        Optional.of("https://example.org/" + id),
        Optional.of(reviewed),
        "en",
        "jsonl");
  }

  private static final List<FactCheck> CHECKS =
      List.of(
          check(
              "kenya",
              "Barack Obama was born in Kenya.",
              "Snopes",
              Rating.FALSE,
              LocalDate.of(2016, 1, 1)),
          check(
              "5g",
              "5G towers spread the coronavirus.",
              "PolitiFact",
              Rating.FALSE,
              LocalDate.of(2020, 4, 1)),
          check(
              "flour",
              "A cake recipe needs two cups of flour.",
              "Snopes",
              Rating.TRUE,
              LocalDate.of(2019, 1, 1)),
          check(
              "wall",
              "The Great Wall of China is visible from the Moon.",
              "Snopes",
              Rating.FALSE,
              LocalDate.of(2018, 1, 1)));

  @Test
  void storedFactChecksReadBackEqualAfterReopening() throws Exception {
    try (LuceneFactCheckStore store = LuceneFactCheckStore.open(dir, ENCODER)) {
      store.add(CHECKS);
    }
    try (LuceneFactCheckStore store = LuceneFactCheckStore.openReadOnly(dir, ENCODER)) {
      assertThat(store.size()).isEqualTo(4);
      assertThat(store.get("kenya")).contains(CHECKS.get(0));
    }
  }

  @Test
  void reimportingTheSameIdsUpdatesInsteadOfDuplicating() throws Exception {
    try (LuceneFactCheckStore store = LuceneFactCheckStore.open(dir, ENCODER)) {
      assertThat(store.add(CHECKS)).isEqualTo(new ImportCounts(4, 0));
      FactCheck changed =
          check(
              "kenya",
              "Barack Obama was born in Kenya.",
              "Snopes",
              Rating.OTHER,
              LocalDate.of(2016, 1, 1));
      assertThat(store.add(List.of(changed))).isEqualTo(new ImportCounts(0, 1));
      assertThat(store.size()).isEqualTo(4);
      assertThat(store.get("kenya").orElseThrow().rating()).isEqualTo(Rating.OTHER);
    }
  }

  @Test
  void paraphraseFindsItsFactCheckFirstByBothRetrievals() throws Exception {
    try (LuceneFactCheckStore store = LuceneFactCheckStore.open(dir, ENCODER)) {
      store.add(CHECKS);
      FactCheckMatch best = store.search("Obama was born in Kenya", SearchOptions.fused(2)).get(0);
      assertThat(best.factCheck().id()).isEqualTo("kenya");
      assertThat(best.matchedBy()).containsExactlyInAnyOrder(MatchKind.LEXICAL, MatchKind.SEMANTIC);
      assertThat(best.matchedWords()).containsExactly("Obama", "was", "born", "in", "Kenya");
    }
  }

  @Test
  void matcherReportsTheCloseFactCheckAndNothingForAnUnrelatedClaim() throws Exception {
    try (LuceneFactCheckStore store = LuceneFactCheckStore.open(dir, ENCODER)) {
      store.add(CHECKS);
      assertThat(store.match("Obama was born in Kenya, not Hawaii"))
          .extracting(m -> m.factCheck().id())
          .containsExactly("kenya");
      assertThat(store.match("The city council approved the new bus timetable on Monday."))
          .isEmpty();
    }
  }

  @Test
  void publisherAndRatingFiltersRestrictResults() throws Exception {
    try (LuceneFactCheckStore store = LuceneFactCheckStore.open(dir, ENCODER)) {
      store.add(CHECKS);
      FactCheckFilter filter =
          new FactCheckFilter(
              Optional.of("en"),
              Optional.of("snopes"),
              Set.of(Rating.TRUE),
              Optional.empty(),
              Optional.empty());
      assertThat(store.search("coronavirus towers", new SearchOptions(5, SearchMode.FUSED, filter)))
          .extracting(m -> m.factCheck().id())
          .containsExactly("flour");
    }
  }

  @Test
  void dateFilterKeepsReviewsInTheRange() throws Exception {
    try (LuceneFactCheckStore store = LuceneFactCheckStore.open(dir, ENCODER)) {
      store.add(CHECKS);
      FactCheckFilter filter =
          new FactCheckFilter(
              Optional.empty(),
              Optional.empty(),
              Set.of(),
              Optional.of(LocalDate.of(2019, 6, 1)),
              Optional.empty());
      assertThat(store.search("anything at all", new SearchOptions(5, SearchMode.SEMANTIC, filter)))
          .extracting(m -> m.factCheck().id())
          .containsExactly("5g");
    }
  }

  @Test
  void indexBuiltWithAnotherEncoderIsRefused() throws Exception {
    try (LuceneFactCheckStore store = LuceneFactCheckStore.open(dir, ENCODER)) {
      store.add(CHECKS.subList(0, 1));
    }
    SentenceEncoder other =
        new SentenceEncoder() {
          @Override
          public int dimension() {
            return 2;
          }

          @Override
          public float[] encode(String text) {
            return new float[] {1, 0};
          }

          @Override
          public String name() {
            return "other";
          }

          @Override
          public String provenance() {
            return "test";
          }
        };
    assertThatThrownBy(() -> LuceneFactCheckStore.openReadOnly(dir, other))
        .isInstanceOf(IncompatibleIndexException.class)
        .hasMessageEndingWith(
            "was built with encoder all-MiniLM-L6-v2-q/384, not other/2; rebuild it");
  }

  @Test
  void openingReadOnlyWithoutAnIndexFails() {
    assertThatThrownBy(() -> LuceneFactCheckStore.openReadOnly(dir.resolve("none"), ENCODER))
        .hasMessageStartingWith("no fact-check index in ");
  }

  @Test
  void statsCountByPublisherAndRating() throws Exception {
    try (LuceneFactCheckStore store = LuceneFactCheckStore.open(dir, ENCODER)) {
      store.add(CHECKS);
      StoreStats stats = store.stats();
      assertThat(stats.factChecks()).isEqualTo(4);
      assertThat(stats.byPublisher())
          .containsExactly(
              org.assertj.core.api.Assertions.entry("PolitiFact", 1),
              org.assertj.core.api.Assertions.entry("Snopes", 3));
      assertThat(stats.byRating()).containsEntry("false", 3).containsEntry("true", 1);
      assertThat(stats.bytesOnDisk()).isPositive();
    }
  }
}
