package dev.veracity.factcheck.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veracity.embed.minilm.MiniLmSentenceEncoder;
import dev.veracity.factcheck.FactCheck;
import dev.veracity.factcheck.FactCheckMatch;
import dev.veracity.factcheck.store.LuceneFactCheckStore;
import dev.veracity.factcheck.store.SearchOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fused matcher beats plain BM25 on the CheckThat! 2020 task 2 dev tweets. */
class CheckThatMatchingIT {

  @TempDir Path dir;

  @Test
  void fusedMatcherBeatsPlainBm25OnTheDevTweets() throws Exception {
    Path datasets = Path.of(System.getProperty("veracity.datasets", "../shared/datasets"));
    CheckThat2020 data = new CheckThat2020(datasets);
    Assumptions.assumeTrue(
        Files.isRegularFile(data.zip()),
        "CheckThat 2020 task 2 data absent at "
            + data.zip()
            + ": skipping the matching evaluation");
    List<FactCheck> claims = data.verifiedClaims().factChecks();
    List<Query> queries = data.queries("dev");
    Map<String, Set<String>> qrels = data.qrels("dev");

    PlainBm25 baseline = new PlainBm25(claims);
    Map<String, List<String>> plain = new HashMap<>();
    queries.forEach(q -> plain.put(q.id(), baseline.search(q.text(), 20)));
    MatchingScores plainScores = RetrievalMetrics.score(plain, qrels);

    Map<String, List<String>> fused = new HashMap<>();
    try (LuceneFactCheckStore store = LuceneFactCheckStore.open(dir, new MiniLmSentenceEncoder())) {
      store.add(claims);
      for (Query q : queries) {
        fused.put(
            q.id(),
            store.search(q.text(), SearchOptions.fused(20)).stream()
                .map(FactCheckMatch::factCheck)
                .map(FactCheck::id)
                .toList());
      }
    }
    MatchingScores fusedScores = RetrievalMetrics.score(fused, qrels);
    System.out.println("CheckThat 2020 dev: plain BM25 " + plainScores + "; fused " + fusedScores);
    assertThat(fusedScores.queries()).isEqualTo(197);
    assertThat(fusedScores.mapAt5()).isGreaterThan(plainScores.mapAt5());
  }
}
