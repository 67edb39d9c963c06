package dev.veracity.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veracity.factcheck.FactCheck;
import dev.veracity.factcheck.FactCheckMatch;
import dev.veracity.factcheck.eval.CheckThat2020;
import dev.veracity.factcheck.eval.MatchingScores;
import dev.veracity.factcheck.eval.Query;
import dev.veracity.factcheck.eval.RetrievalMetrics;
import dev.veracity.factcheck.store.FactCheckJson;
import dev.veracity.factcheck.store.SearchMode;
import dev.veracity.factcheck.store.SearchOptions;
import dev.veracity.input.InputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veracity evaluate matching}: ranks fact-checks for queries and scores against qrels. */
@Command(
    name = "matching",
    mixinStandardHelpOptions = true,
    description =
        "Matches each query against the fact-check store and prints MAP@1, MAP@5, MRR,"
            + " Recall@5 and Recall@20 against TREC qrels (qid 0 docid 1).",
    footer = {
      "",
      "--queries: JSON lines with id and text. Or --checkthat train|dev reads the tweets",
      "and qrels of CheckThat 2020 task 2 from DATASETS/checkthat2020-t2-claim-retrieval/v3.zip",
      "(import its verified claims first: ids are their vclaim_id).",
      "--json keys: queries, map_at_1, map_at_5, mrr, recall_at_5, recall_at_20, mode, index."
    })
final class EvaluateMatchingCommand implements Callable<Integer> {

  private final CliEnvironment environment;

  @Spec private CommandSpec spec;

  @Option(names = "--queries", paramLabel = "Q.jsonl", description = "Queries, one JSON per line.")
  private Path queries;

  @Option(names = "--qrels", paramLabel = "QRELS", description = "TREC qrels.")
  private Path qrels;

  @Option(
      names = "--checkthat",
      paramLabel = "SPLIT",
      description = "train or dev of CheckThat 2020 task 2.")
  private String checkthat;

  @Option(names = "--datasets", paramLabel = "DIR", description = "The shared corpora folder.")
  private Path datasets;

  @Option(
      names = "--mode",
      paramLabel = "M",
      defaultValue = "fused",
      description = "fused, lexical or semantic; default ${DEFAULT-VALUE}.")
  private String mode;

  @Option(names = "--json", description = "Print JSON.")
  private boolean json;

  @Mixin private HomeOption home;

  EvaluateMatchingCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws InputException, JsonProcessingException {
    if ((checkthat == null) == (queries == null || qrels == null)) {
      throw usage("give --queries and --qrels, or --checkthat train|dev");
    }
    SearchMode searchMode;
    try {
      searchMode = SearchMode.valueOf(mode.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw usage("--mode must be fused, lexical or semantic, got " + mode);
    }
    List<Query> qs;
    Map<String, Set<String>> relevant;
    if (checkthat != null) {
      if (!checkthat.equals("train") && !checkthat.equals("dev")) {
        throw usage("--checkthat must be train or dev, got " + checkthat);
      }
      CheckThat2020 data =
          new CheckThat2020(Datasets.resolve(Optional.ofNullable(datasets), environment));
      try {
        qs = data.queries(checkthat);
        relevant = data.qrels(checkthat);
      } catch (IOException e) {
        throw new InputException(
            InputException.Code.UNREADABLE, data.zip().toString(), e.getMessage(), e);
      }
    } else {
      qs = readQueries(queries);
      try {
        relevant = RetrievalMetrics.readQrels(qrels);
      } catch (IOException e) {
        throw new InputException(
            InputException.Code.UNREADABLE, qrels.toString(), e.getMessage(), e);
      }
    }
    Path homeDir = home.directory(environment);
    Map<String, List<String>> rankings = new HashMap<>();
    SearchOptions options = SearchOptions.fused(20).withMode(searchMode);
    String index =
        FactCheckStores.read(
            homeDir,
            store -> {
              for (Query q : qs) {
                rankings.put(
                    q.id(),
                    store.search(q.text(), options).stream()
                        .map(FactCheckMatch::factCheck)
                        .map(FactCheck::id)
                        .toList());
              }
              return store.describe();
            });
    MatchingScores s = RetrievalMetrics.score(rankings, relevant);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode r = FactCheckJson.mapper().createObjectNode();
      r.put("queries", s.queries());
      r.put("map_at_1", s.mapAt1());
      r.put("map_at_5", s.mapAt5());
      r.put("mrr", s.mrr());
      r.put("recall_at_5", s.recallAt5());
      r.put("recall_at_20", s.recallAt20());
      r.put("mode", searchMode.id());
      r.put("index", index);
      out.println(FactCheckJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(r));
    } else {
      out.printf(Locale.ROOT, "queries    %d (%s)%n", s.queries(), searchMode.id());
      out.printf(Locale.ROOT, "MAP@1      %.4f%n", s.mapAt1());
      out.printf(Locale.ROOT, "MAP@5      %.4f%n", s.mapAt5());
      out.printf(Locale.ROOT, "MRR        %.4f%n", s.mrr());
      out.printf(Locale.ROOT, "Recall@5   %.4f%n", s.recallAt5());
      out.printf(Locale.ROOT, "Recall@20  %.4f%n", s.recallAt20());
    }
    return VeracityCli.EXIT_OK;
  }

  private static List<Query> readQueries(Path file) throws InputException {
    List<Query> out = new ArrayList<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new InputException(InputException.Code.UNREADABLE, file.toString(), e.getMessage(), e);
    }
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      try {
        JsonNode n = FactCheckJson.mapper().readTree(lines.get(i));
        if (!n.path("id").isValueNode() || !n.path("text").isTextual()) {
          throw new InputException(
              InputException.Code.UNSUPPORTED, file + ":" + (i + 1), "needs \"id\" and \"text\"");
        }
        out.add(new Query(n.get("id").asText(), n.get("text").asText()));
      } catch (JsonProcessingException e) {
        throw new InputException(
            InputException.Code.UNSUPPORTED, file + ":" + (i + 1), "not JSON", e);
      }
    }
    return out;
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
