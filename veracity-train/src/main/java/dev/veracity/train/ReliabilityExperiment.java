package dev.veracity.train;

import dev.veracity.classify.LinearReliabilityClassifier;
import dev.veracity.classify.ModelKind;
import dev.veracity.classify.OutOfDomain;
import dev.veracity.classify.ReliabilityAssessment;
import dev.veracity.classify.Verdict;
import dev.veracity.corpus.BuzzFeedWebisReader;
import dev.veracity.corpus.ConstraintReader;
import dev.veracity.corpus.CorpusReader;
import dev.veracity.corpus.FakeNewsAmtReader;
import dev.veracity.corpus.FileDigests;
import dev.veracity.corpus.Horne2017Reader;
import dev.veracity.corpus.LabelledDocument;
import dev.veracity.corpus.LiarReader;
import dev.veracity.corpus.ReadResult;
import dev.veracity.model.InvalidModelException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Loads the default training corpora of each model kind and runs cross-validated evaluations. */
public final class ReliabilityExperiment {

  private ReliabilityExperiment() {}

  /**
   * Labelled documents and their provenance.
   *
   * @param documents documents with a mapped label, in reading order
   * @param provenance corpora, files with sha256, row and skip counts
   */
  public record TrainingData(List<LabelledDocument> documents, Map<String, Object> provenance) {

    /** Copies. */
    public TrainingData {
      documents = List.copyOf(documents);
      provenance = Map.copyOf(provenance);
    }
  }

  /**
   * The readers of a kind's default training data: articles are BuzzFeed-Webis, Horne 2017 (real
   * and fake) and FakeNewsAMT + Celebrity; statements are the train split of LIAR (binary) and
   * posts the train split of CONSTRAINT, so that their validation splits stay unseen.
   */
  public static List<CorpusReader> readers(ModelKind kind) {
    return switch (kind) {
      case ARTICLES ->
          List.of(new BuzzFeedWebisReader(), new Horne2017Reader(), new FakeNewsAmtReader());
      case STATEMENTS -> List.of(LiarReader.ofSplits("train"));
      case POSTS -> List.of(ConstraintReader.ofSplits("train"));
    };
  }

  /** Reads {@code readers} from {@code datasets/<name>/}, keeping documents with a mapped label. */
  public static TrainingData load(Path datasets, List<CorpusReader> readers) throws IOException {
    List<ReadResult> results = new ArrayList<>();
    for (CorpusReader r : readers) {
      results.add(r.read(datasets.resolve(r.name())));
    }
    return of(results, datasets);
  }

  /** The labelled documents of {@code results}, with provenance relative to {@code base}. */
  public static TrainingData of(List<ReadResult> results, Path base) throws IOException {
    List<LabelledDocument> docs = new ArrayList<>();
    List<Object> corpora = new ArrayList<>();
    for (ReadResult r : results) {
      int kept = 0;
      for (LabelledDocument d : r.documents()) {
        if (d.label().isPresent()) {
          docs.add(d);
          kept++;
        }
      }
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("corpus", r.corpus());
      c.put("files", FileDigests.listing(base, r.sourceFiles()));
      c.put("documents", kept);
      c.put("unlabelled", r.documents().size() - kept);
      c.put("skipped", r.skipped().size());
      corpora.add(c);
    }
    Map<String, Object> provenance = new LinkedHashMap<>();
    provenance.put("datasets", "shared datasets directory (see each corpus's MANIFEST.md)");
    provenance.put("corpora", corpora);
    provenance.put("rows", docs.size());
    return new TrainingData(docs, provenance);
  }

  /**
   * Out-of-fold predictions.
   *
   * @param probability calibrated probability of unreliable per document
   * @param uncertain whether the verdict was uncertain (band or out of domain)
   * @param labels 1 for unreliable
   * @param decision whether the model that scored the document decides "unreliable" at its own
   *     decision threshold
   * @param outOfDomain whether the document was out of domain for any reason
   * @param unlikeTrainingText whether the model's domain gate flagged the document
   * @param gateMetrics by fold, the held-out flag rates its model's domain gate recorded (its
   *     provenance metrics); empty when the models have no gate
   */
  public record Predictions(
      double[] probability,
      boolean[] uncertain,
      int[] labels,
      boolean[] decision,
      boolean[] outOfDomain,
      boolean[] unlikeTrainingText,
      Map<Integer, Object> gateMetrics) {}

  /**
   * Cross-validated predictions: for each fold, trains on the other folds (with the trainer's own
   * inner grouped CV) and assesses the held-out documents with the resulting classifier.
   *
   * @param fold each document's fold in [0, k)
   */
  public static Predictions crossValidate(
      ReliabilityTrainer trainer, List<LabelledDocument> documents, int[] fold)
      throws InvalidModelException {
    ReliabilityTrainer.Features f = trainer.featurize(documents);
    int k = IntStream.of(fold).max().orElse(-1) + 1;
    double[] p = new double[documents.size()];
    boolean[] uncertain = new boolean[documents.size()];
    boolean[] decision = new boolean[documents.size()];
    boolean[] outOfDomain = new boolean[documents.size()];
    boolean[] unlike = new boolean[documents.size()];
    Map<Integer, Object> gateMetrics = new LinkedHashMap<>();
    for (int held = 0; held < k; held++) {
      final int h = held;
      int[] train = IntStream.range(0, fold.length).filter(i -> fold[i] != h).toArray();
      int[] test = IntStream.range(0, fold.length).filter(i -> fold[i] == h).toArray();
      if (test.length == 0) {
        continue;
      }
      var result = trainer.train(f, train, Map.of(), documents);
      result.model().domainGate().ifPresent(g -> gateMetrics.put(h, g.provenance().get("metrics")));
      LinearReliabilityClassifier classifier = new LinearReliabilityClassifier(result.model());
      double threshold = result.model().decisionThreshold();
      IntStream.of(test)
          .parallel()
          .forEach(
              i -> {
                ReliabilityAssessment a = classifier.assess(documents.get(i).titleAndText());
                p[i] = a.probabilityUnreliable();
                uncertain[i] = a.verdict() == Verdict.UNCERTAIN;
                decision[i] = a.probabilityUnreliable() >= threshold;
                outOfDomain[i] = !a.outOfDomain().isEmpty();
                unlike[i] = a.outOfDomain().contains(OutOfDomain.UNLIKE_TRAINING_TEXT);
              });
    }
    return new Predictions(p, uncertain, f.y(), decision, outOfDomain, unlike, gateMetrics);
  }

  /**
   * The corpus part of a group written as {@code corpus|group} (as {@code veracity export
   * reliability} writes it), else the whole group.
   */
  public static String corpusOf(String group) {
    int bar = group.indexOf('|');
    return bar < 0 ? group : group.substring(0, bar);
  }

  /** One fold per distinct group, in order of first appearance. */
  public static int[] leaveOneGroupOut(List<String> groups) {
    List<String> order = new ArrayList<>(new LinkedHashSet<>(groups));
    if (new HashSet<>(groups).size() < 2) {
      throw new IllegalArgumentException("need at least 2 groups, got " + order.size());
    }
    return groups.stream().mapToInt(order::indexOf).toArray();
  }
}
