package dev.veracity.factcheck.eval;

import dev.veracity.factcheck.imports.CheckThatVclaimsImporter;
import dev.veracity.factcheck.imports.ImportResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The CLEF CheckThat! 2020 task 2 data in the shared {@code checkthat2020-t2-claim-retrieval}
 * folder: the verified claims and the tweets with their qrels per split ({@code train}, {@code
 * dev}), read from {@code v3.zip}.
 */
public final class CheckThat2020 {

  /** The corpus folder's name under the datasets directory. */
  public static final String FOLDER = "checkthat2020-t2-claim-retrieval";

  /** The zip with the verified claims and the train and dev splits. */
  public static final String ZIP = "v3.zip";

  private final Path zip;

  /** The data under {@code datasets/checkthat2020-t2-claim-retrieval/v3.zip}. */
  public CheckThat2020(Path datasets) {
    this.zip = datasets.resolve(FOLDER).resolve(ZIP);
  }

  /** The zip's path. */
  public Path zip() {
    return zip;
  }

  /** The verified claims as fact-checks, ids = {@code vclaim_id}. */
  public ImportResult verifiedClaims() throws IOException {
    return new CheckThatVclaimsImporter().read(zip);
  }

  /** The tweets of a split ({@code train} or {@code dev}). */
  public List<Query> queries(String split) throws IOException {
    String text = CheckThatVclaimsImporter.zipEntry(zip, split + "/tweets.queries.tsv");
    List<Query> queries = new ArrayList<>();
    CSVFormat tsv = CSVFormat.TDF.builder().setQuote('"').setIgnoreSurroundingSpaces(false).get();
    try (CSVParser parser = CSVParser.parse(text, tsv)) {
      boolean first = true;
      for (CSVRecord r : parser) {
        if (first) {
          first = false;
          if (r.size() >= 2 && r.get(1).equals("tweet_content")) {
            continue;
          }
        }
        if (r.size() < 2) {
          throw new IOException(zip + "!" + split + ": line " + r.getRecordNumber() + " short");
        }
        queries.add(new Query(r.get(0).strip(), r.get(1)));
      }
    }
    return queries;
  }

  /** The relevant verified claims of each tweet of a split. */
  public Map<String, Set<String>> qrels(String split) throws IOException {
    String name = split + "/tweet-vclaim-pairs.qrels";
    return RetrievalMetrics.parseQrels(CheckThatVclaimsImporter.zipEntry(zip, name), name);
  }
}
