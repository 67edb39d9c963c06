package dev.veracity.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads Horne and Adali's 2017 political news data ("This Just In", NECO 2017) straight from {@code
 * Horne2017_FakeNewsData.zip}, without unpacking it.
 *
 * <p>Each body {@code <dataset>/<Label>/<n>.txt} has its headline in {@code
 * <dataset>/<Label>_titles/<n>.txt}. Files are UTF-8 or Windows-1252 (decoded with a fallback). The
 * corpus does not say which outlet wrote each article, so the group is the sub-dataset ({@code
 * buzzfeed-political} or {@code random-political}); in the random set labels are source-level.
 * Default labels: Real is reliable, Fake is unreliable, Satire is left unmapped.
 */
public final class Horne2017Reader implements CorpusReader {

  /** The corpus's short name. */
  public static final String NAME = "horne2017";

  /** The archive's file name inside the corpus folder. */
  public static final String ARCHIVE = "Horne2017_FakeNewsData.zip";

  private static final long MAX_ENTRY_BYTES = 4L << 20;
  private static final LabelMap DEFAULT_LABELS =
      new LabelMap(Map.of("real", Reliability.RELIABLE, "fake", Reliability.UNRELIABLE));

  private final LabelMap labels;

  /** A reader with the default label map. */
  public Horne2017Reader() {
    this(DEFAULT_LABELS);
  }

  /** A reader with the given label map. */
  public Horne2017Reader(LabelMap labels) {
    this.labels = labels;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public LabelMap labels() {
    return labels;
  }

  @Override
  public ReadResult read(Path corpusDirectory) throws IOException {
    Path archive = corpusDirectory.resolve(ARCHIVE);
    if (!Files.isRegularFile(archive)) {
      throw new IOException("no " + ARCHIVE + " in " + corpusDirectory);
    }
    Map<String, ZipEntry> bodies = new TreeMap<>();
    Map<String, ZipEntry> titles = new TreeMap<>();
    List<LabelledDocument> documents = new ArrayList<>();
    List<Skip> skipped = new ArrayList<>();
    try (ZipFile zip = new ZipFile(archive.toFile())) {
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        String[] parts = entry.getName().split("/");
        if (entry.isDirectory() || parts.length < 3 || !parts[parts.length - 1].endsWith(".txt")) {
          continue;
        }
        String folder = parts[parts.length - 2];
        String key = parts[parts.length - 3] + "/" + folder.replaceFirst("_titles$", "") + "/";
        key += parts[parts.length - 1];
        (folder.endsWith("_titles") ? titles : bodies).put(key, entry);
      }
      for (Map.Entry<String, ZipEntry> body : bodies.entrySet()) {
        String key = body.getKey();
        String[] parts = key.split("/");
        String dataset = datasetId(parts[0]);
        String label = parts[1];
        String stem = parts[2].replaceFirst("\\.txt$", "");
        String location = body.getValue().getName();
        String text = TextDecoding.decode(readEntry(zip, body.getValue())).strip();
        if (text.isEmpty()) {
          skipped.add(new Skip(location, "empty body"));
          continue;
        }
        ZipEntry titleEntry = titles.get(key);
        Optional<String> title =
            titleEntry == null
                ? Optional.empty()
                : Optional.of(TextDecoding.decode(readEntry(zip, titleEntry)).strip())
                    .filter(t -> !t.isEmpty());
        documents.add(
            new LabelledDocument(
                NAME,
                dataset + "/" + label.toLowerCase(Locale.ROOT) + "/" + stem,
                title,
                text,
                labels.apply(label),
                label,
                dataset));
      }
    }
    return new ReadResult(NAME, documents, skipped, List.of(archive));
  }

  /** {@code Random Poltical News Dataset} becomes {@code random-political}. */
  private static String datasetId(String folder) {
    String lower = folder.toLowerCase(Locale.ROOT);
    if (lower.startsWith("buzzfeed")) {
      return "buzzfeed-political";
    }
    if (lower.startsWith("random")) {
      return "random-political";
    }
    return lower.replaceAll("[^a-z0-9]+", "-");
  }

  private static byte[] readEntry(ZipFile zip, ZipEntry entry) throws IOException {
    try (InputStream in = zip.getInputStream(entry)) {
      // The archive is untrusted input: bound what one entry may inflate to.
      byte[] bytes = in.readNBytes((int) MAX_ENTRY_BYTES + 1);
      if (bytes.length > MAX_ENTRY_BYTES) {
        throw new IOException(entry.getName() + " inflates to more than " + MAX_ENTRY_BYTES);
      }
      return bytes;
    }
  }

  @Override
  public String toString() {
    return "Horne2017Reader" + labels;
  }
}
