package dev.veracity.bench;

import dev.veracity.article.Article;
import dev.veracity.article.Segmentation;
import dev.veracity.classify.ShortTextRouter;
import dev.veracity.corpus.FakeNewsNetReader;
import dev.veracity.corpus.LabelledDocument;
import dev.veracity.corpus.ReadResult;
import dev.veracity.corpus.Reliability;
import dev.veracity.eval.BinaryMetrics;
import dev.veracity.eval.Bootstrap;
import dev.veracity.eval.CoveragePrecision;
import dev.veracity.eval.Estimate;
import dev.veracity.signal.SourceSignal;
import dev.veracity.source.ListSourceLookup;
import dev.veracity.source.SuffixWalkSourceRatings;
import dev.veracity.verdict.LogOddsFusion;
import dev.veracity.verdict.ReliabilityVerdicts;
import dev.veracity.verdict.SourceRatingWeights;
import dev.veracity.verdict.Verdict;
import dev.veracity.verdict.VerdictLabel;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What the source rating adds to the text verdict, measured on data no model saw: FakeNewsNet
 * headlines with the URL each story was published at ({@code fakenewsnet-upfd-subset}: GossipCop
 * and PolitiFact, fake and real). Each headline is judged as the product judges it, once on its
 * text alone and once with its site's rating; the report gives ROC AUC, ECE, the share of confident
 * verdicts and their precision for text only, site only and fused, and per rating category the
 * empirical log likelihood ratio of "fake" next to the hand-set weight of {@link
 * SourceRatingWeights#defaults()}.
 *
 * <p>Usage: {@code java -cp veracity-bench/target/benchmarks.jar
 * dev.veracity.bench.FusionExperiment [DATASETS_DIR] [CORPUS] [RESAMPLES] [WEIGHTS]}; {@code
 * WEIGHTS} such as {@code reliable=-1.5,mixed=0.5} replaces those categories' default weights.
 */
public final class FusionExperiment {

  private FusionExperiment() {}

  /** One judged headline. */
  private record Judged(
      String part, int label, Optional<String> category, Verdict textOnly, Verdict fused) {}

  /** Runs the experiment. */
  public static void main(String[] args) throws Exception {
    Path datasets = Path.of(args.length > 0 ? args[0] : "../shared/datasets");
    String corpus = args.length > 1 ? args[1] : "fakenewsnet-upfd-subset";
    int resamples = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
    PrintStream out = System.out;
    FakeNewsNetReader reader = new FakeNewsNetReader(corpus, new FakeNewsNetReader().labels());
    ReadResult read = reader.read(datasets.resolve(corpus));
    Path noOverrides = Files.createTempDirectory("fusion-no-overrides");
    ListSourceLookup lookup =
        new ListSourceLookup(SuffixWalkSourceRatings.load(datasets, noOverrides));
    SourceRatingWeights weights = SourceRatingWeights.defaults();
    if (args.length > 3) {
      Map<String, Double> w = new LinkedHashMap<>(weights.logOdds());
      for (String pair : args[3].split(",")) {
        String[] kv = pair.split("=", 2);
        w.put(kv[0].strip(), Double.parseDouble(kv[1].strip()));
      }
      weights = new SourceRatingWeights(w, weights.disagreementFactor());
    }
    ReliabilityVerdicts verdicts =
        new ReliabilityVerdicts(
            ReliabilityVerdicts.defaults().models(),
            ShortTextRouter.defaults(),
            weights,
            new LogOddsFusion());
    List<Judged> judged = new ArrayList<>();
    for (LabelledDocument d : read.documents()) {
      if (d.label().isEmpty() || d.group().startsWith("(")) {
        continue;
      }
      String text = d.titleAndText();
      Segmentation seg = Segmentation.wholeBody(text, "headline as the whole text");
      Article article =
          new Article(
              text, Optional.empty(), Optional.empty(), Optional.of(d.group()), Optional.empty());
      Optional<SourceSignal> site = lookup.rate(article);
      judged.add(
          new Judged(
              d.originalLabel().substring(0, d.originalLabel().indexOf('_')),
              d.label().get() == Reliability.UNRELIABLE ? 1 : 0,
              site.flatMap(SourceSignal::category),
              verdicts.judge(seg, Optional.empty(), List.of()),
              verdicts.judge(seg, site, List.of())));
    }
    out.printf(
        Locale.ROOT,
        "corpus=%s headlines with a URL=%d (read %d, skipped %d) source weights=%s%n",
        corpus,
        judged.size(),
        read.documents().size(),
        read.skipped().size(),
        weights.logOdds());
    Bootstrap bootstrap = new Bootstrap(resamples, 7);
    for (String part : List.of("all", "gossipcop", "politifact")) {
      List<Judged> rows =
          judged.stream().filter(j -> part.equals("all") || j.part().equals(part)).toList();
      report(out, part, rows, bootstrap, resamples, weights.logOdds());
    }
  }

  private static void report(
      PrintStream out,
      String part,
      List<Judged> rows,
      Bootstrap bootstrap,
      int resamples,
      Map<String, Double> weights) {
    int n = rows.size();
    int[] y = rows.stream().mapToInt(Judged::label).toArray();
    long fake = rows.stream().filter(j -> j.label() == 1).count();
    long rated = rows.stream().filter(j -> j.category().isPresent()).count();
    out.printf(
        Locale.ROOT,
        "%n== %s: %d headlines, %d fake (%.1f%%), %d on a rated site (%.1f%%)%n",
        part,
        n,
        fake,
        100.0 * fake / n,
        rated,
        100.0 * rated / n);
    out.println("signal       roc_auc [95% CI]          ece     confident  prec_unrel  prec_rel");
    line(out, "text only", rows, Judged::textOnly, y, bootstrap, true);
    line(out, "site only", rows, Judged::fused, y, bootstrap, false);
    line(out, "fused", rows, Judged::fused, y, bootstrap, true);

    out.println("category                   n   fake%   fitted log-LR [95% CI]     weight used");
    Map<String, List<Judged>> byCategory = new TreeMap<>();
    for (Judged j : rows) {
      byCategory.computeIfAbsent(j.category().orElse("(not rated)"), k -> new ArrayList<>()).add(j);
    }
    double baseOdds = Math.log((fake + 0.5) / (n - fake + 0.5));
    Random random = new Random(11);
    for (var e : byCategory.entrySet()) {
      List<Judged> c = e.getValue();
      double llr = logOdds(c) - baseOdds;
      double[] boot = new double[resamples];
      for (int b = 0; b < resamples; b++) {
        List<Judged> sample = new ArrayList<>(c.size());
        for (int i = 0; i < c.size(); i++) {
          sample.add(c.get(random.nextInt(c.size())));
        }
        boot[b] = logOdds(sample) - baseOdds;
      }
      Arrays.sort(boot);
      long f = c.stream().filter(j -> j.label() == 1).count();
      Double weight = weights.get(e.getKey());
      out.printf(
          Locale.ROOT,
          "%-24s %5d  %5.1f   %+.2f [%+.2f, %+.2f]      %s%n",
          e.getKey(),
          c.size(),
          100.0 * f / c.size(),
          llr,
          boot[(int) (0.025 * resamples)],
          boot[(int) (0.975 * resamples) - 1],
          e.getKey().equals(SourceRatingWeights.SATIRE)
              ? "settles satire"
              : weight == null ? "0 (adds nothing)" : String.format(Locale.ROOT, "%+.2f", weight));
    }
  }

  /** Smoothed log-odds of "fake" among {@code rows}. */
  private static double logOdds(List<Judged> rows) {
    long f = rows.stream().filter(j -> j.label() == 1).count();
    return Math.log((f + 0.5) / (rows.size() - f + 0.5));
  }

  /**
   * One row of the signal table; {@code useText} false scores by the site signal alone (the fused
   * verdict's source-rating log-odds from even odds).
   */
  private static void line(
      PrintStream out,
      String name,
      List<Judged> rows,
      Function<Judged, Verdict> which,
      int[] y,
      Bootstrap bootstrap,
      boolean useText) {
    int n = rows.size();
    double[] p = new double[n];
    boolean[] uncertain = new boolean[n];
    for (int i = 0; i < n; i++) {
      Judged j = rows.get(i);
      Verdict v = which.apply(j);
      if (useText) {
        p[i] = v.probabilityUnreliable();
        uncertain[i] = v.label() != VerdictLabel.RELIABLE && v.label() != VerdictLabel.UNRELIABLE;
      } else {
        double z =
            v.signals().stream()
                .filter(s -> s.id().equals(SourceRatingWeights.ID))
                .mapToDouble(s -> s.logOdds())
                .sum();
        p[i] = 1.0 / (1.0 + Math.exp(-z));
        // The site alone is confident only where its rating pushes past the text model's band.
        uncertain[i] = Math.abs(z) < 1e-9;
      }
    }
    Estimate auc = bootstrap.estimate(p, y, BinaryMetrics::rocAuc);
    double[] conf = CoveragePrecision.confident(p, uncertain, y);
    out.printf(
        Locale.ROOT,
        "%-12s %.3f [%.3f, %.3f]   %.3f   %5.1f%%     %s       %s%n",
        name,
        auc.value(),
        auc.low(),
        auc.high(),
        BinaryMetrics.expectedCalibrationError(p, y),
        100 * conf[2],
        Double.isNaN(conf[0]) ? "  -  " : String.format(Locale.ROOT, "%.3f", conf[0]),
        Double.isNaN(conf[1]) ? "  -  " : String.format(Locale.ROOT, "%.3f", conf[1]));
  }
}
