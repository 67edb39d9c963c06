package dev.veracity.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Horne2017ReaderTest {

  private static final String BUZZFEED = "Public Data/Buzzfeed Political News Dataset/";
  private static final String RANDOM = "Public Data/Random Poltical News Dataset/";

  @TempDir Path folder;

  /** Writes a small archive laid out like the real one, with one Windows-1252 body. */
  @BeforeEach
  void writeArchive() throws IOException {
    try (OutputStream out = Files.newOutputStream(folder.resolve(Horne2017Reader.ARCHIVE));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      put(zip, BUZZFEED + "Fake/1_Fake.txt", utf8("Hotel staff saw it all.\r\nEveryone knows."));
      put(zip, BUZZFEED + "Fake_titles/1_Fake.txt", utf8("Candidate Caught By Staff"));
      put(zip, RANDOM + "Real/1000.txt", cp1252Body());
      put(zip, RANDOM + "Real_titles/1000.txt", utf8("Leak reveals director role"));
      put(zip, RANDOM + "Satire/2001.txt", utf8("Area man outraged."));
      put(zip, RANDOM + "Satire/2002.txt", utf8("   "));
      put(zip, "Public Data/README.txt", utf8("not an article"));
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] cp1252Body() {
    byte[] head = utf8("Tillerson ");
    byte[] tail = utf8(" the chief executive");
    byte[] all = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    all[head.length] = (byte) 0x96; // en dash in Windows-1252, invalid as UTF-8
    System.arraycopy(tail, 0, all, head.length + 1, tail.length);
    return all;
  }

  private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(bytes);
    zip.closeEntry();
  }

  @Test
  void readsBodiesWithTheirTitlesLabelsAndSubDatasetGroups() throws IOException {
    ReadResult result = new Horne2017Reader().read(folder);

    assertThat(result.documents())
        .extracting(
            LabelledDocument::id,
            LabelledDocument::title,
            LabelledDocument::label,
            LabelledDocument::group)
        .containsExactly(
            tuple(
                "buzzfeed-political/fake/1_Fake",
                Optional.of("Candidate Caught By Staff"),
                Optional.of(Reliability.UNRELIABLE),
                "buzzfeed-political"),
            tuple(
                "random-political/real/1000",
                Optional.of("Leak reveals director role"),
                Optional.of(Reliability.RELIABLE),
                "random-political"),
            tuple(
                "random-political/satire/2001",
                Optional.empty(),
                Optional.empty(),
                "random-political"));
  }

  @Test
  void decodesWindows1252AndNormalisesLineBreaks() throws IOException {
    ReadResult result = new Horne2017Reader().read(folder);

    assertThat(result.documents())
        .extracting(LabelledDocument::text)
        .containsExactly(
            "Hotel staff saw it all.\nEveryone knows.",
            "Tillerson \u2013 the chief executive",
            "Area man outraged.");
  }

  @Test
  void skipsAnEmptyBodyWithAReason() throws IOException {
    ReadResult result = new Horne2017Reader().read(folder);

    assertThat(result.skipped())
        .containsExactly(new Skip(RANDOM + "Satire/2002.txt", "empty body"));
  }
}
