package dev.veracity.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.veracity.eval.Bootstrap;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Option;

/** The output and bootstrap options every {@code evaluate} command shares. */
final class ReportingOptions {

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Option(names = "--bootstrap", defaultValue = "1000", description = "Bootstrap resamples.")
  int resamples;

  @Option(
      names = "--seed",
      defaultValue = "13",
      description = "Bootstrap seed, and training seed where the command trains.")
  long seed;

  /** Prints {@code result} as indented JSON with {@code --json}, else as "key TAB value" lines. */
  void print(PrintWriter out, Map<String, Object> result) throws JsonProcessingException {
    if (json) {
      out.println(
          new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
    } else {
      for (var e : result.entrySet()) {
        out.println(e.getKey() + "\t" + e.getValue());
      }
    }
  }

  /** The bootstrap of {@code --bootstrap} and {@code --seed}. */
  Bootstrap bootstrap() {
    return new Bootstrap(resamples, seed);
  }
}
