package dev.veracity.factcheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veracity.factcheck.FactCheck;
import dev.veracity.factcheck.FactCheckMatch;
import dev.veracity.factcheck.Rating;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DuplicateClaimsTest {

  private static FactCheckMatch match(String id, String claim, Rating rating, int rank) {
    FactCheck f =
        new FactCheck(
            id,
            claim,
            Optional.empty(),
            Optional.empty(),
            "Snopes",
            Optional.empty(),
            rating.id(),
            rating,
            rating.onScale() ? Optional.of("https://example.org/" + id) : Optional.empty(),
            Optional.empty(),
            "en",
            "test");
    return new FactCheckMatch(f, rank, 0.9 - rank / 10.0, Optional.of(0.9), Set.of(), List.of());
  }

  @Test
  void sameClaimFromTwoImportsIsShownOnceAsTheRatedCopyAtTheBetterRank() {
    List<FactCheckMatch> collapsed =
        DuplicateClaims.collapse(
            List.of(
                match("vclaim-7", "Obama was born in Kenya.", Rating.UNRATED, 1),
                match("other", "The moon is cheese.", Rating.FALSE, 2),
                match("snopes-url", "Obama was born in  Kenya", Rating.FALSE, 3)));
    assertThat(collapsed)
        .extracting(m -> m.factCheck().id())
        .containsExactly("snopes-url", "other");
    assertThat(collapsed).extracting(FactCheckMatch::rank).containsExactly(1, 2);
    assertThat(collapsed.get(0).similarity()).isEqualTo(0.8);
  }
}
