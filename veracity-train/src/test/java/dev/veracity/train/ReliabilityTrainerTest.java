package dev.veracity.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veracity.classify.LinearReliabilityClassifier;
import dev.veracity.classify.ModelKind;
import dev.veracity.classify.ReliabilityFeaturizer;
import dev.veracity.classify.ReliabilityModelJson;
import dev.veracity.classify.Verdict;
import dev.veracity.corpus.LabelledDocument;
import dev.veracity.corpus.Reliability;
import dev.veracity.feature.FeatureVector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReliabilityTrainerTest {

  private static List<LabelledDocument> documents() {
    List<LabelledDocument> docs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      boolean fake = i % 2 == 0;
      String text =
          fake
              ? "Shocking hoax exposed, they lied to you about story number " + i + " !!!"
              : "Officials said on Monday that report number "
                  + i
                  + " was published by the agency.";
      docs.add(
          new LabelledDocument(
              "synthetic",
              "d" + i,
              Optional.empty(),
              text,
              Optional.of(fake ? Reliability.UNRELIABLE : Reliability.RELIABLE),
              fake ? "fake" : "real",
              "outlet" + (i % 8)));
    }
    return docs;
  }

  @Test
  void featurisingPacksEachDocumentsVectorWithFloatValuesInOrderAcrossBatches() {
    List<LabelledDocument> docs = new ArrayList<>();
    // Three batches: the second is featurised while the first is packed, the third likewise.
    while (docs.size() < 2 * ReliabilityTrainer.BATCH + 100) {
      docs.addAll(documents());
    }
    ReliabilityTrainer trainer = ReliabilityTrainer.defaults(ModelKind.STATEMENTS, 5);
    ReliabilityFeaturizer featurizer = new ReliabilityFeaturizer(trainer.config().features());

    ReliabilityTrainer.Features f = trainer.featurize(docs);

    assertThat(f.size()).isEqualTo(docs.size());
    for (int i = 0; i < docs.size(); i++) {
      assertThat(f.y()[i]).isEqualTo(i % 2 == 0 ? 1 : 0);
      assertThat(f.groups().get(i)).isEqualTo("synthetic|outlet" + (i % 40 % 8));
      assertThat(f.words().words(i))
          .isEqualTo(featurizer.distinctWords(docs.get(i).titleAndText()));
    }
    int batch = ReliabilityTrainer.BATCH;
    for (int i : new int[] {0, 1, batch - 1, batch, 2 * batch - 1, 2 * batch, 2 * batch + 99}) {
      FeatureVector v = FeatureVector.of(featurizer.terms(docs.get(i).titleAndText()));
      double[] rounded = new double[v.size()];
      for (int j = 0; j < v.size(); j++) {
        rounded[j] = (float) v.values()[j];
      }
      assertThat(f.x().vector(i)).isEqualTo(new FeatureVector(v.indices(), rounded));
      assertThat(f.y()[i]).isEqualTo(i % 2 == 0 ? 1 : 0);
      assertThat(f.groups().get(i)).isEqualTo("synthetic|outlet" + (i % 40 % 8));
    }
    assertThat(f.words().words(0)).contains("shocking", "hoax");
  }

  @Test
  void theSameSeedGivesTheSameWeightsAndBand() {
    var a = ReliabilityTrainer.defaults(ModelKind.STATEMENTS, 5).train(documents(), Map.of());
    var b = ReliabilityTrainer.defaults(ModelKind.STATEMENTS, 5).train(documents(), Map.of());

    assertThat(a.model().weights()).isEqualTo(b.model().weights());
    assertThat(a.model().reliableAtOrBelow()).isEqualTo(b.model().reliableAtOrBelow());
    assertThat(a.model().unreliableAtOrAbove()).isEqualTo(b.model().unreliableAtOrAbove());
  }

  @Test
  void aSeparableCorpusGivesConfidentCorrectVerdicts() throws Exception {
    var result = ReliabilityTrainer.defaults(ModelKind.STATEMENTS, 5).train(documents(), Map.of());
    var classifier =
        new LinearReliabilityClassifier(
            ReliabilityModelJson.read(
                new java.io.ByteArrayInputStream(
                    ReliabilityModelJson.toJson(result.model()).getBytes())));

    assertThat(
            classifier
                .assess("Shocking hoax exposed, they lied to you about story number 99 !!!")
                .verdict())
        .isEqualTo(Verdict.UNRELIABLE);
    assertThat(
            classifier
                .assess(
                    "Officials said on Monday that report number 99 was published by the agency.")
                .verdict())
        .isEqualTo(Verdict.RELIABLE);
  }

  @Test
  void theBandLeavesOutTheItemsBelowTheTargetPrecision() {
    // 30 clear positives on top, 30 clear negatives at the bottom, 20 mixed items in between.
    double[] p = new double[80];
    int[] y = new int[80];
    for (int i = 0; i < 30; i++) {
      p[i] = 0.95 - i * 0.001;
      y[i] = 1;
      p[50 + i] = 0.05 + i * 0.001;
      y[50 + i] = 0;
    }
    for (int i = 0; i < 20; i++) {
      p[30 + i] = (60 - i) / 100.0;
      y[30 + i] = i % 2;
    }

    double[] band = ReliabilityTrainer.band(p, y, 0.9);

    // From the top, precision stays >= 0.9 down to 0.55 (33 of 36); from the bottom, up to 0.46.
    assertThat(band[1]).isEqualTo(0.55);
    assertThat(band[0]).isEqualTo(0.46);
  }
}
