package dev.veracity.cli;

import dev.veracity.classify.ModelKind;
import dev.veracity.train.DomainGateTrainer;
import dev.veracity.train.ReliabilityTrainer;
import dev.veracity.train.data.DataFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** The options of the domain gate that reliability training adds to each model. */
final class DomainGateOptions {

  /** Where the outside pool is read from when neither option names it. */
  static final Path DEFAULT_DATASETS = Path.of("..", "shared", "datasets");

  @Option(
      names = "--outside-datasets",
      description =
          "Datasets directory holding the domain gate's outside text (clickbait-chakraborty,"
              + " claimbuster-2class, youtube-spam; default: --datasets when given, else"
              + " ../shared/datasets).")
  Path outside;

  @Option(
      names = "--no-domain-gate",
      description = "Train no domain gate (texts unlike the training text are then not flagged).")
  boolean none;

  @Option(
      names = "--gate-held-aside",
      split = ",",
      description =
          "Outside sources kept out of the gate's training and only measured: none or any of"
              + " clickbait-headlines, news-headlines, debate-sentences, youtube-comments"
              + " (default: debate-sentences for statements, none otherwise).")
  List<String> heldAside;

  @Option(
      names = "--gate-quantile",
      defaultValue = "0.05",
      description =
          "Share of held-out training text the gate's threshold flags (default ${DEFAULT-VALUE}).")
  double quantile;

  /**
   * {@code trainer} with a domain gate for {@code kind} read from the chosen directory, or
   * unchanged with {@code --no-domain-gate}.
   *
   * @param datasets the command's {@code --datasets}, or null
   */
  ReliabilityTrainer apply(ReliabilityTrainer trainer, ModelKind kind, Path datasets)
      throws IOException {
    if (none) {
      return trainer;
    }
    Path dir = outside != null ? outside : datasets != null ? datasets : DEFAULT_DATASETS;
    if (!Files.isDirectory(dir.resolve("clickbait-chakraborty"))) {
      throw new IllegalArgumentException(
          "no outside text for the domain gate under "
              + dir
              + " (give --outside-datasets DIR or --no-domain-gate)");
    }
    DomainGateTrainer.OutsidePool pool;
    try {
      pool = DomainGateTrainer.OutsidePool.load(dir);
    } catch (DataFormatException e) {
      throw new IllegalArgumentException("cannot read the outside pool: " + e.getMessage(), e);
    }
    Set<String> aside = DomainGateTrainer.heldAside(kind);
    if (heldAside != null) {
      aside = new HashSet<>(heldAside);
      aside.remove("none");
      for (String s : aside) {
        if (!DomainGateTrainer.SOURCES.contains(s)) {
          throw new IllegalArgumentException(
              "unknown outside source " + s + "; known: " + DomainGateTrainer.SOURCES);
        }
      }
    }
    return trainer.withDomainGate(
        new DomainGateTrainer(pool, aside, DomainGateTrainer.DEFAULT_C, quantile));
  }
}
