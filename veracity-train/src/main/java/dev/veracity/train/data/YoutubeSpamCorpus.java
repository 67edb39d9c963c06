package dev.veracity.train.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the YouTube Spam Collection (Alberto, Lochter and Almeida 2015): one CSV per video with
 * columns {@code COMMENT_ID,AUTHOR,DATE,CONTENT,CLASS}. Every comment's group is its video, e.g.
 * {@code Psy} for {@code Youtube01-Psy.csv}. Stateless.
 */
public final class YoutubeSpamCorpus {

  /** Directory name of the corpus inside the shared datasets directory. */
  public static final String DIRECTORY = "youtube-spam";

  /** Source name of every comment read. */
  public static final String SOURCE = "youtube-spam";

  private static final Pattern FILE = Pattern.compile("Youtube\\d+-(.+)\\.csv");

  private YoutubeSpamCorpus() {}

  /** The corpus files present under {@code datasets}, sorted by name. */
  public static List<Path> files(Path datasets) throws IOException {
    Path dir = datasets.resolve(DIRECTORY);
    if (!Files.isDirectory(dir)) {
      throw new IOException("no " + DIRECTORY + " directory under " + datasets);
    }
    List<Path> out = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "Youtube*.csv")) {
      s.forEach(out::add);
    }
    out.sort(null);
    if (out.isEmpty()) {
      throw new IOException("no Youtube*.csv files in " + dir);
    }
    return out;
  }

  /** The video name of a corpus file, e.g. {@code Psy}. */
  public static String video(Path file) {
    Matcher m = FILE.matcher(file.getFileName().toString());
    return m.matches() ? m.group(1) : file.getFileName().toString();
  }

  /** All comments of all files present, in file order, grouped by video. */
  public static List<LabeledSentence> read(Path datasets) throws IOException, DataFormatException {
    List<LabeledSentence> out = new ArrayList<>();
    for (Path f : files(datasets)) {
      out.addAll(readFile(f));
    }
    return out;
  }

  /** Files with their sha256 and row counts, for model provenance. */
  public static Map<String, Object> provenance(Path datasets)
      throws IOException, DataFormatException {
    Map<String, Object> files = new LinkedHashMap<>();
    for (Path f : files(datasets)) {
      List<LabeledSentence> rows = readFile(f);
      Map<String, Object> info = new LinkedHashMap<>();
      info.put("video", video(f));
      info.put("sha256", CheckworthyCorpora.sha256(f));
      info.put("rows", rows.size());
      info.put("spam", rows.stream().mapToInt(LabeledSentence::label).sum());
      files.put(DIRECTORY + "/" + f.getFileName(), info);
    }
    return files;
  }

  /** The comments of one file. */
  public static List<LabeledSentence> readFile(Path file) throws IOException, DataFormatException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    String video = video(file);
    List<LabeledSentence> out = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        var parser = format.parse(r)) {
      if (!parser.getHeaderNames().contains("CONTENT")
          || !parser.getHeaderNames().contains("CLASS")) {
        throw new DataFormatException(
            file + ": header lacks CONTENT or CLASS: " + parser.getHeaderNames());
      }
      for (CSVRecord row : parser) {
        String label = row.get("CLASS").strip();
        if (!label.equals("0") && !label.equals("1")) {
          throw new DataFormatException(
              file + ":" + row.getRecordNumber() + ": CLASS must be 0 or 1, got '" + label + "'");
        }
        out.add(new LabeledSentence(row.get("CONTENT"), Integer.parseInt(label), SOURCE, video));
      }
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new DataFormatException(file + ": malformed CSV: " + e.getMessage(), e);
    }
    return out;
  }
}
