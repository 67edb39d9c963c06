package dev.veracity.factcheck.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetrievalMetricsTest {

  @Test
  void averagePrecisionDividesByTheNumberOfRelevantDocuments() {
    assertThat(RetrievalMetrics.averagePrecision(List.of("x", "a", "y", "b"), Set.of("a", "b"), 5))
        .isCloseTo((1 / 2.0 + 2 / 4.0) / 2, within(1e-12));
  }

  @Test
  void averagePrecisionIgnoresRanksBeyondK() {
    assertThat(RetrievalMetrics.averagePrecision(List.of("x", "a"), Set.of("a"), 1)).isZero();
  }

  @Test
  void scoresAverageOverQueriesAndCountMissingRankingsAsZero() {
    MatchingScores s =
        RetrievalMetrics.score(
            Map.of("q1", List.of("a", "b")), Map.of("q1", Set.of("b"), "q2", Set.of("c")));
    assertThat(s.queries()).isEqualTo(2);
    assertThat(s.mrr()).isCloseTo(0.25, within(1e-12));
    assertThat(s.mapAt1()).isZero();
    assertThat(s.recallAt5()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void qrelsKeepOnlyRelevantLines() throws Exception {
    assertThat(RetrievalMetrics.parseQrels("q1 0 d1 1\nq1 0 d2 0\n", "t"))
        .isEqualTo(Map.of("q1", Set.of("d1")));
  }

  @Test
  void plainBm25RanksTheDocumentSharingTheRareWordFirst() {
    PlainBm25 bm25 =
        new PlainBm25(
            List.of(
                FactCheckFixtures.check("1", "The cat sat on the mat."),
                FactCheckFixtures.check("2", "Zebras sat on the mat.")));
    assertThat(bm25.search("zebras", 2)).containsExactly("2");
  }
}
