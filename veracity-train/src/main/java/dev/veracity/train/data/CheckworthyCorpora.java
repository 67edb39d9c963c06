package dev.veracity.train.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the check-worthiness corpora from the shared datasets directory.
 *
 * <p>Layout (see each corpus's MANIFEST.md): {@code claimbuster-2class/train.json}, {@code
 * claimbuster-2class/2020_debate.tsv}, {@code checkthat-2019-2020/clef19/CT19-T1-Training.csv},
 * {@code checkthat-2019-2020/clef20/task1/{training_v2,dev_v2,test-gold}.tsv}. Stateless.
 */
public final class CheckworthyCorpora {

  /** ClaimBuster training sentences (debates 1960–2016); group = the normalised text. */
  public static final String CLAIMBUSTER = "claimbuster";

  /** ClaimBuster's 2020 debate sample (100 sentences). */
  public static final String CLAIMBUSTER_2020 = "claimbuster-2020";

  /** CheckThat! 2019 Task 1 training debates; group = the debate file. */
  public static final String CHECKTHAT_2019 = "checkthat2019";

  /** CheckThat! 2020 Task 1 COVID-19 tweets (train and dev parts). */
  public static final String TWEETS_2020 = "tweets2020";

  private static final Map<String, String> FILES =
      Map.of(
          CLAIMBUSTER, "claimbuster-2class/train.json",
          CLAIMBUSTER_2020, "claimbuster-2class/2020_debate.tsv",
          CHECKTHAT_2019, "checkthat-2019-2020/clef19/CT19-T1-Training.csv",
          TWEETS_2020, "checkthat-2019-2020/clef20/task1/training_v2.tsv");

  private static final String TWEETS_DEV = "checkthat-2019-2020/clef20/task1/dev_v2.tsv";

  private CheckworthyCorpora() {}

  /** The files (relative to the datasets directory) that corpus {@code name} is read from. */
  public static List<String> files(String name) {
    if (TWEETS_2020.equals(name)) {
      return List.of(FILES.get(name), TWEETS_DEV);
    }
    String f = FILES.get(name);
    if (f == null) {
      throw new IllegalArgumentException("unknown corpus: " + name + "; known: " + FILES.keySet());
    }
    return List.of(f);
  }

  /** Reads corpus {@code name} from {@code datasets}. */
  public static List<LabeledSentence> read(Path datasets, String name)
      throws IOException, DataFormatException {
    return switch (name) {
      case CLAIMBUSTER -> readClaimBusterJson(datasets.resolve(FILES.get(name)));
      case CLAIMBUSTER_2020 -> readClaimBusterTsv(datasets.resolve(FILES.get(name)));
      case CHECKTHAT_2019 -> readCheckThat2019(datasets.resolve(FILES.get(name)));
      case TWEETS_2020 -> {
        List<LabeledSentence> all =
            new ArrayList<>(readTweets(datasets.resolve(FILES.get(name)), "train"));
        all.addAll(readTweets(datasets.resolve(TWEETS_DEV), "dev"));
        yield all;
      }
      default ->
          throw new IllegalArgumentException(
              "unknown corpus: " + name + "; known: " + FILES.keySet());
    };
  }

  /** The lower-cased text with runs of non-letters collapsed: equal for near-identical lines. */
  public static String normalise(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /** The SHA-256 of a file, hex-encoded. */
  public static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      int r;
      while ((r = in.read(buf)) > 0) {
        md.update(buf, 0, r);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from this JVM", e);
    }
  }

  static List<LabeledSentence> readClaimBusterJson(Path file)
      throws IOException, DataFormatException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    if (root == null || !root.isArray()) {
      throw new DataFormatException(file + ": expected a JSON array");
    }
    List<LabeledSentence> out = new ArrayList<>();
    for (JsonNode n : root) {
      if (!n.hasNonNull("text") || !n.hasNonNull("label")) {
        throw new DataFormatException(file + ": object without text or label: " + n);
      }
      String text = n.get("text").asText();
      out.add(
          new LabeledSentence(text, n.get("label").asInt(), CLAIMBUSTER, "cb:" + normalise(text)));
    }
    return out;
  }

  static List<LabeledSentence> readClaimBusterTsv(Path file)
      throws IOException, DataFormatException {
    List<List<String>> rows = Csv.parse(Files.readString(file, StandardCharsets.UTF_8), '\t', true);
    List<String> header = rows.get(0);
    int text = header.indexOf("text");
    int label = header.indexOf("label");
    if (text < 0 || label < 0) {
      throw new DataFormatException(file + ": header lacks text or label: " + header);
    }
    List<LabeledSentence> out = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      if (row.size() <= Math.max(text, label)) {
        continue;
      }
      out.add(
          new LabeledSentence(
              row.get(text), parseLabel(file, row.get(label)), CLAIMBUSTER_2020, "debate-2020"));
    }
    return out;
  }

  static List<LabeledSentence> readCheckThat2019(Path file)
      throws IOException, DataFormatException {
    List<List<String>> rows = Csv.parse(Files.readString(file, StandardCharsets.UTF_8), ',', true);
    List<String> header = rows.get(0);
    int text = header.indexOf("text");
    int label = header.indexOf("label");
    int debate = header.indexOf("file_name");
    if (text < 0 || label < 0 || debate < 0) {
      throw new DataFormatException(file + ": header lacks text, label or file_name: " + header);
    }
    List<LabeledSentence> out = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      if (row.size() <= Math.max(text, Math.max(label, debate))) {
        throw new DataFormatException(file + ": short row " + row);
      }
      out.add(
          new LabeledSentence(
              row.get(text), parseLabel(file, row.get(label)), CHECKTHAT_2019, row.get(debate)));
    }
    return out;
  }

  /**
   * The CheckThat! 2019 training debates line by line, in file order (debates whole and in line
   * order), with speakers: the same sentences, in the same order, as {@code read(datasets,
   * "checkthat2019")}.
   */
  public static List<DebateLine> checkThat2019Lines(Path datasets)
      throws IOException, DataFormatException {
    Path file = datasets.resolve(FILES.get(CHECKTHAT_2019));
    List<List<String>> rows = Csv.parse(Files.readString(file, StandardCharsets.UTF_8), ',', true);
    List<String> header = rows.get(0);
    int line = header.indexOf("line_number");
    int speaker = header.indexOf("speaker");
    int text = header.indexOf("text");
    int label = header.indexOf("label");
    int debate = header.indexOf("file_name");
    if (line < 0 || speaker < 0 || text < 0 || label < 0 || debate < 0) {
      throw new DataFormatException(
          file + ": header lacks line_number, speaker, text, label or file_name: " + header);
    }
    int width = Math.max(Math.max(line, speaker), Math.max(text, Math.max(label, debate)));
    List<DebateLine> out = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      if (row.size() <= width) {
        throw new DataFormatException(file + ": short row " + row);
      }
      int number;
      try {
        number = Integer.parseInt(row.get(line).strip());
      } catch (NumberFormatException e) {
        throw new DataFormatException(file + ": bad line_number in " + row);
      }
      out.add(
          new DebateLine(
              row.get(debate),
              number,
              row.get(speaker).strip(),
              row.get(text),
              parseLabel(file, row.get(label))));
    }
    return out;
  }

  static List<LabeledSentence> readTweets(Path file, String part)
      throws IOException, DataFormatException {
    List<List<String>> rows =
        Csv.parse(Files.readString(file, StandardCharsets.UTF_8), '\t', false);
    List<String> header = rows.get(0);
    int text = header.indexOf("tweet_text");
    int label = header.indexOf("check_worthiness");
    if (label < 0) {
      label = header.indexOf("claim_worthiness");
    }
    if (text < 0 || label < 0) {
      throw new DataFormatException(file + ": header lacks tweet_text or check_worthiness");
    }
    List<LabeledSentence> out = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      if (row.size() <= Math.max(text, label)) {
        throw new DataFormatException(file + ": short row " + row);
      }
      out.add(
          new LabeledSentence(
              row.get(text), parseLabel(file, row.get(label)), TWEETS_2020, "tweets-" + part));
    }
    return out;
  }

  private static int parseLabel(Path file, String s) throws DataFormatException {
    String t = s.strip();
    if (t.equals("1") || t.equals("0")) {
      return Integer.parseInt(t);
    }
    throw new DataFormatException(file + ": label must be 0 or 1, got '" + s + "'");
  }
}
