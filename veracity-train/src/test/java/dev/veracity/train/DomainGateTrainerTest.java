package dev.veracity.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.veracity.classify.DomainGate;
import dev.veracity.classify.LinearReliabilityClassifier;
import dev.veracity.classify.ModelKind;
import dev.veracity.classify.OutOfDomain;
import dev.veracity.classify.ReliabilityFeaturizer;
import dev.veracity.classify.ReliabilityModel;
import dev.veracity.classify.ReliabilityModelJson;
import dev.veracity.corpus.LabelledDocument;
import dev.veracity.corpus.LiarReader;
import dev.veracity.corpus.Reliability;
import dev.veracity.model.LinearTextModel;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DomainGateTrainerTest {

  private static List<LabelledDocument> newsLike() {
    List<LabelledDocument> docs = new ArrayList<>();
    String[] topics = {"budget", "election", "hospital", "bridge", "school", "court", "tax"};
    for (int i = 0; i < 200; i++) {
      boolean fake = i % 2 == 0;
      String topic = topics[i % topics.length];
      String text =
          (fake
                  ? "Shocking hoax exposed: they lied to you about the " + topic + " plan. "
                  : "Officials said on Monday that the " + topic + " report was published. ")
              + "The minister told reporters the council would vote on the "
              + topic
              + " proposal number "
              + i
              + " next week, according to a statement from the department.";
      docs.add(
          new LabelledDocument(
              "synthetic",
              "d" + i,
              Optional.empty(),
              text,
              Optional.of(fake ? Reliability.UNRELIABLE : Reliability.RELIABLE),
              fake ? "fake" : "real",
              "outlet" + (i % 20)));
    }
    return docs;
  }

  private static DomainGateTrainer.OutsidePool chatter() {
    String[] lines = {
      "lol check out my channel and subscribe",
      "this song is sooo good omg",
      "who is watching this in 2015",
      "like if you love this video",
      "best music ever haha",
    };
    List<String> texts = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      texts.add(lines[i % lines.length] + " " + (i % 7 == 0 ? "!!!" : "") + " x" + i);
      sources.add(DomainGateTrainer.YOUTUBE_COMMENTS);
    }
    return new DomainGateTrainer.OutsidePool(texts, sources, Map.of("files", "synthetic"));
  }

  @Test
  void aTrainedGateSurvivesTheModelFileAndFlagsOutsideTextButNotTrainingLikeText()
      throws Exception {
    ReliabilityTrainer trainer =
        ReliabilityTrainer.defaults(ModelKind.ARTICLES, 5)
            .withCGrid(List.of(1.0))
            .withDomainGate(new DomainGateTrainer(chatter(), Set.of(), 1.0, 0.05));

    ReliabilityModel model = trainer.train(newsLike(), Map.of()).model();
    ReliabilityModel read =
        ReliabilityModelJson.read(
            new ByteArrayInputStream(
                ReliabilityModelJson.toJson(model).getBytes(StandardCharsets.UTF_8)));

    assertThat(model.domainGate()).isPresent();
    LinearTextModel gate = model.domainGate().orElseThrow();
    assertThat(gate.format()).isEqualTo(DomainGate.FORMAT.tag());
    assertThat(gate.features()).isEqualTo(model.features());
    assertThat(gate.threshold()).isBetween(0.0, 1.0);
    assertThat(ReliabilityModelJson.toJson(read)).isEqualTo(ReliabilityModelJson.toJson(model));
    assertThat(read.domainGate().orElseThrow().weights()).isEqualTo(gate.weights());
    assertThat(read.domainGate().orElseThrow().threshold()).isEqualTo(gate.threshold());
    assertThat(gate.provenance()).containsKeys("data", "hyperparameters", "metrics");

    LinearReliabilityClassifier classifier = new LinearReliabilityClassifier(read);
    var outside = classifier.assess("omg this song is the best, subscribe to my channel lol");
    var inside =
        classifier.assess(
            "Officials said on Monday that the court report was published. The minister told"
                + " reporters the council would vote on the court proposal number 977 next week,"
                + " according to a statement from the department.");
    assertThat(outside.outOfDomain()).contains(OutOfDomain.UNLIKE_TRAINING_TEXT);
    assertThat(outside.inDomainProbability().getAsDouble()).isLessThan(gate.threshold());
    assertThat(inside.outOfDomain()).doesNotContain(OutOfDomain.UNLIKE_TRAINING_TEXT);
    assertThat(inside.inDomainProbability().getAsDouble()).isGreaterThanOrEqualTo(gate.threshold());
  }

  @Test
  void withoutAGateTheModelHasNoneAndNothingIsFlaggedAsUnlikeTrainingText() throws Exception {
    ReliabilityModel model =
        ReliabilityTrainer.defaults(ModelKind.ARTICLES, 5)
            .withCGrid(List.of(1.0))
            .train(newsLike(), Map.of())
            .model();
    var a =
        new LinearReliabilityClassifier(model)
            .assess("omg this song is the best, subscribe to my channel lol");

    assertThat(model.domainGate()).isEmpty();
    assertThat(a.inDomainProbability()).isEmpty();
    assertThat(a.outOfDomain()).doesNotContain(OutOfDomain.UNLIKE_TRAINING_TEXT);
  }

  @Test
  void theQuantileIsTheLowerOrderStatistic() {
    List<Double> v = IntStream.range(0, 101).mapToObj(i -> i / 100.0).toList();
    assertThat(DomainGateTrainer.quantileOf(v, 0.05)).isEqualTo(0.05);
    assertThat(DomainGateTrainer.quantileOf(List.of(), 0.05)).isEqualTo(0.0);
  }

  private static Path datasets() {
    String dir = System.getProperty("veracity.datasets", "");
    Path p = Path.of(dir.isEmpty() ? "../../shared/datasets" : dir);
    assumeTrue(
        Files.isDirectory(p.resolve("clickbait-chakraborty"))
            && Files.isDirectory(p.resolve("liar"))
            && Files.isDirectory(p.resolve("constraint-covid19")),
        "shared datasets not found at "
            + p.toAbsolutePath()
            + "; skipping the held-out domain gate evaluation");
    return p;
  }

  /**
   * One fold of the cross-corpus matrix without the full trainer: a gate trained on the article
   * corpora and CONSTRAINT train (LIAR held out) must flag most LIAR validation statements while
   * flagging at most 10 % of held-out text of its own training corpora.
   */
  @Test
  void aGateTrainedWithoutLiarFlagsMostLiarStatementsAtABoundedInDomainCost() throws Exception {
    Path datasets = datasets();
    List<LabelledDocument> inDomain =
        new ArrayList<>(
            ReliabilityExperiment.load(datasets, ReliabilityExperiment.readers(ModelKind.ARTICLES))
                .documents());
    inDomain.addAll(
        ReliabilityExperiment.load(datasets, ReliabilityExperiment.readers(ModelKind.POSTS))
            .documents());
    ReliabilityTrainer trainer = ReliabilityTrainer.defaults(ModelKind.ARTICLES, 13);
    ReliabilityTrainer.Features f = trainer.featurize(inDomain);
    int[] rows = IntStream.range(0, f.size()).toArray();
    List<String> texts = inDomain.stream().map(LabelledDocument::titleAndText).toList();
    DomainGateTrainer gateTrainer =
        DomainGateTrainer.defaults(
            DomainGateTrainer.OutsidePool.load(datasets), ModelKind.ARTICLES);

    LinearTextModel gate = gateTrainer.train(trainer.config(), f.x(), rows, f.groups(), texts);

    @SuppressWarnings("unchecked")
    Map<String, Object> metrics = (Map<String, Object>) gate.provenance().get("metrics");
    assertThat((Double) metrics.get("in_domain_test_flagged")).isLessThanOrEqualTo(0.10);
    ReliabilityFeaturizer featurizer = new ReliabilityFeaturizer(trainer.config().features());
    List<LabelledDocument> liar =
        LiarReader.ofSplits("valid").read(datasets.resolve(LiarReader.NAME)).documents();
    DomainGate scorer = new DomainGate(gate, featurizer.config(), featurizer.denseNames());
    long flagged =
        liar.stream()
            .filter(
                d ->
                    scorer.flags(
                        scorer.inDomainProbability(featurizer.vectorize(d.titleAndText()))))
            .count();
    assertThat(flagged / (double) liar.size()).isGreaterThanOrEqualTo(0.8);
  }
}
