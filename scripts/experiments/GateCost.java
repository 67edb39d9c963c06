/*
 * Thread CPU throughput of LinearReliabilityClassifier.assess with and without a domain gate, on the
 * first 400 texts of a JSON-lines file, four rounds each (the first rounds warm the JIT up).
 * Run: java -cp veracity-cli/target/veracity.jar scripts/experiments/GateCost.java DATA.jsonl GATED.json UNGATED.json
 */
import dev.veracity.classify.*;
import java.lang.management.*;
import java.nio.file.*;
import java.util.*;

public class GateCost {
  public static void main(String[] a) throws Exception {
    List<String> texts = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(a[0]))) {
      var n = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
      texts.add(n.path("title").asText("") + " " + n.get("text").asText());
      if (texts.size() >= 400) break;
    }
    long bytes = texts.stream().mapToLong(t -> t.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).sum();
    var with = new LinearReliabilityClassifier(ReliabilityModelJson.read(Path.of(a[1])));
    var without = new LinearReliabilityClassifier(ReliabilityModelJson.read(Path.of(a[2])));
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    double sink = 0;
    for (int round = 0; round < 4; round++) {
      for (var c : List.of(without, with)) {
        long t0 = mx.getCurrentThreadCpuTime();
        for (String t : texts) sink += c.assess(t).probabilityUnreliable();
        long t1 = mx.getCurrentThreadCpuTime();
        System.out.printf("round %d %s assess: %.2f MB/s thread CPU%n", round, c.domainGate().isPresent() ? "with gate   " : "without gate", bytes / 1e6 / ((t1 - t0) / 1e9));
      }
    }
    System.out.println(sink);
  }
}
