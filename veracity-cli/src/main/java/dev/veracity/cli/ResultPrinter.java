package dev.veracity.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veracity.report.ReportJson;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Prints the per-input results of a command that reads articles, in one of three modes: readable
 * text, one JSON document (an object for one result, an array for several) or JSON lines. Failed
 * inputs go to standard error as one line and, in the JSON modes, into the output as failure
 * objects. Not thread-safe.
 */
final class ResultPrinter {

  /** How results are printed. */
  enum Mode {
    TEXT,
    JSON,
    JSONL
  }

  private final Mode mode;
  private final PrintWriter out;
  private final PrintWriter err;
  private final List<ObjectNode> collected = new ArrayList<>();
  private boolean firstText = true;
  private int exit = VeracityCli.EXIT_OK;

  ResultPrinter(Mode mode, PrintWriter out, PrintWriter err) {
    this.mode = Objects.requireNonNull(mode, "mode");
    this.out = Objects.requireNonNull(out, "out");
    this.err = Objects.requireNonNull(err, "err");
  }

  /** Prints one successful result; {@code text} is only rendered in text mode. */
  void success(ObjectNode json, Supplier<String> text) {
    switch (mode) {
      case JSONL -> out.println(ReportJson.compact(json));
      case JSON -> collected.add(json);
      case TEXT -> {
        out.print((firstText ? "" : "\n") + text.get());
        firstText = false;
      }
    }
    out.flush();
  }

  /** Reports one failed input. */
  void failure(String source, Exception e) {
    exit = Math.max(exit, VeracityCli.report(e, err));
    ObjectNode failure =
        ReportJson.failure(source, VeracityCli.errorCode(e), VeracityCli.errorMessage(e));
    if (mode == Mode.JSONL) {
      out.println(ReportJson.compact(failure));
      out.flush();
    } else if (mode == Mode.JSON) {
      collected.add(failure);
    }
  }

  /** Prints what the JSON mode collected and returns the exit code of the whole run. */
  int finish() {
    if (mode == Mode.JSON && !collected.isEmpty()) {
      out.println(
          ReportJson.pretty(
              collected.size() == 1 ? collected.get(0) : ReportJson.array(collected)));
      out.flush();
    }
    return exit;
  }
}
