package dev.veracity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every command's help renders cleanly (picocli warns on stderr about unescaped '%'). */
class HelpTextTest {

  private static final List<String> COMMANDS =
      List.of(
          "check",
          "claims",
          "extract",
          "source",
          "home",
          "style-reference",
          "train checkworthy",
          "train spam",
          "train reliability",
          "evaluate checkworthy",
          "evaluate spam",
          "evaluate reliability",
          "evaluate extraction",
          "export checkworthy",
          "export spam",
          "export reliability");

  @Test
  void everyCommandsHelpPrintsUsageWithoutPicocliWarnings() {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    List<String> withoutUsage = new ArrayList<>();
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      for (String command : COMMANDS) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add("--help");
        StringWriter out = new StringWriter();
        int code =
            VeracityCli.run(
                args.toArray(String[]::new),
                new PrintWriter(out),
                new PrintWriter(new StringWriter()));
        if (code != 0 || !out.toString().startsWith("Usage: veracity " + command)) {
          withoutUsage.add(command);
        }
      }
    } finally {
      System.setErr(original);
    }
    assertThat(withoutUsage).isEmpty();
    assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
