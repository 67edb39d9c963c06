package dev.veracity.train.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YoutubeSpamCorpusTest {

  @TempDir Path datasets;

  private Path write(String name, String csv) throws Exception {
    Path dir = Files.createDirectories(datasets.resolve("youtube-spam"));
    return Files.writeString(dir.resolve(name), csv);
  }

  @Test
  void commentsKeepQuotedCommasAndNewlinesAndTakeTheVideoAsGroup() throws Exception {
    write(
        "Youtube07-Adele.csv",
        "COMMENT_ID,AUTHOR,DATE,CONTENT,CLASS\n"
            + "a1,Ann,2015-01-01,\"Check out my channel, \"\"now\"\"\nplease\",1\n"
            + "a2,Bob,,I love this song,0\n");
    assertThat(YoutubeSpamCorpus.read(datasets))
        .containsExactly(
            new LabeledSentence(
                "Check out my channel, \"now\"\nplease", 1, "youtube-spam", "Adele"),
            new LabeledSentence("I love this song", 0, "youtube-spam", "Adele"));
  }

  @Test
  void aClassOtherThanZeroOrOneIsReportedWithItsFile() throws Exception {
    write("Youtube08-Sia.csv", "COMMENT_ID,AUTHOR,DATE,CONTENT,CLASS\nb1,C,,hi,maybe\n");
    assertThatThrownBy(() -> YoutubeSpamCorpus.read(datasets))
        .isInstanceOf(DataFormatException.class)
        .hasMessageContaining("Youtube08-Sia.csv:1");
  }

  @Test
  void provenanceListsEachFileWithItsHashAndCounts() throws Exception {
    write("Youtube07-Adele.csv", "COMMENT_ID,AUTHOR,DATE,CONTENT,CLASS\na,b,,x,1\nc,d,,y,0\n");
    assertThat(YoutubeSpamCorpus.provenance(datasets).get("youtube-spam/Youtube07-Adele.csv"))
        .hasToString(
            "{video=Adele, sha256="
                + "c6f2d76629878f17948853d2b59934554349b5a5204c8f6b6998b20b253446ff"
                + ", rows=2, spam=1}");
  }
}
