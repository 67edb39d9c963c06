package dev.veracity.cli;

import dev.veracity.eval.Bootstrap;
import dev.veracity.feature.FeatureConfig;
import dev.veracity.train.TrainerConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongFunction;
import picocli.CommandLine.Option;

/**
 * The options every {@code train} command of a linear text model shares: data, output, seed, C
 * grid, solver and n-gram settings; unset options keep the trainer's defaults.
 */
final class LinearTrainingOptions {

  @Option(names = "--datasets", required = true, description = "The shared datasets directory.")
  Path datasets;

  @Option(names = "--out", required = true, description = "Where to write the model JSON.")
  Path out;

  @Option(
      names = "--seed",
      defaultValue = "13",
      description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--solver",
      description = "L2R_LR_DUAL, L2R_LR or L1R_LR (default: the trainer's).")
  String solver;

  @Option(names = "--c-grid", split = ",", description = "Candidate C values.")
  List<Double> cGrid;

  @Option(names = "--hash-bits", description = "log2 of the hashed buckets.")
  Integer hashBits;

  @Option(names = "--word-ngrams", description = "Longest word n-gram.")
  Integer wordNgrams;

  @Option(
      names = "--char-ngrams",
      description = "Character n-grams: MIN..MAX, or N for 3..N (0 or 0..0: none).")
  String charNgrams;

  /**
   * The trainer's defaults for {@link #seed} with the options that were given applied.
   *
   * @throws IllegalArgumentException when an option's value is out of range
   */
  TrainerConfig config(LongFunction<TrainerConfig> defaults) {
    TrainerConfig c = defaults.apply(seed);
    FeatureConfig f = c.features();
    if (hashBits != null) {
      f = f.withHashBits(hashBits);
    }
    if (wordNgrams != null) {
      f = f.withWordNgrams(1, wordNgrams);
    }
    if (charNgrams != null) {
      int[] range = charRange(charNgrams);
      f = f.withCharNgrams(range[0], range[1]);
    }
    c = c.withFeatures(f);
    if (solver != null || cGrid != null) {
      c = c.withSolver(solver != null ? solver : c.solver(), cGrid != null ? cGrid : c.cGrid());
    }
    return c;
  }

  /** The bootstrap of a training report: 1,000 resamples seeded with {@link #seed}. */
  Bootstrap bootstrap() {
    return new Bootstrap(1000, seed);
  }

  private static int[] charRange(String value) {
    String[] parts = value.split("\\.\\.", -1);
    try {
      if (parts.length == 1) {
        int max = Integer.parseInt(parts[0].strip());
        return max == 0 ? new int[] {0, 0} : new int[] {3, max};
      }
      if (parts.length == 2) {
        return new int[] {Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip())};
      }
    } catch (NumberFormatException e) {
      // Reported below with the whole value.
    }
    throw new IllegalArgumentException("--char-ngrams must be MIN..MAX or N, got " + value);
  }
}
