package dev.veracity.factcheck.eval;

import dev.veracity.factcheck.FactCheck;
import dev.veracity.factcheck.Rating;
import java.util.Optional;

final class FactCheckFixtures {

  private FactCheckFixtures() {}

  static FactCheck check(String id, String claim) {
    return new FactCheck(
        id,
        claim,
        Optional.empty(),
        Optional.empty(),
        "Test",
        Optional.empty(),
        "",
        Rating.UNRATED,
        Optional.empty(),
        Optional.empty(),
        "en",
        "jsonl");
  }
}
