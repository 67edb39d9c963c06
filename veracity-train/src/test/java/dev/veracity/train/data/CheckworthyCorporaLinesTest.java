package dev.veracity.train.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckworthyCorporaLinesTest {

  @TempDir Path datasets;

  private void write(String csv) throws Exception {
    Path dir = Files.createDirectories(datasets.resolve("checkthat-2019-2020/clef19"));
    Files.writeString(dir.resolve("CT19-T1-Training.csv"), csv);
  }

  @Test
  void debateLinesKeepSpeakerAndLineNumberAndMatchTheSentencesInOrder() throws Exception {
    write(
        "line_number,speaker,text,label,file_name\n"
            + "1,HOLT,\"Good evening, everyone.\",0,a.tsv\n"
            + "2,TRUMP, We lost 70000 jobs.,1,a.tsv\n"
            + "1,SYSTEM,(APPLAUSE),0,b.tsv\n");
    List<DebateLine> lines = CheckworthyCorpora.checkThat2019Lines(datasets);
    assertThat(lines)
        .containsExactly(
            new DebateLine("a.tsv", 1, "HOLT", "Good evening, everyone.", 0),
            new DebateLine("a.tsv", 2, "TRUMP", " We lost 70000 jobs.", 1),
            new DebateLine("b.tsv", 1, "SYSTEM", "(APPLAUSE)", 0));
    List<LabeledSentence> sentences =
        CheckworthyCorpora.read(datasets, CheckworthyCorpora.CHECKTHAT_2019);
    assertThat(sentences)
        .extracting(LabeledSentence::text)
        .containsExactlyElementsOf(lines.stream().map(DebateLine::text).toList());
    assertThat(sentences)
        .extracting(LabeledSentence::group)
        .containsExactlyElementsOf(lines.stream().map(DebateLine::debate).toList());
  }

  @Test
  void aNonNumericLineNumberIsReportedWithItsFile() throws Exception {
    write("line_number,speaker,text,label,file_name\nx,HOLT,Hi.,0,a.tsv\n");
    assertThatThrownBy(() -> CheckworthyCorpora.checkThat2019Lines(datasets))
        .isInstanceOf(DataFormatException.class)
        .hasMessageContaining("CT19-T1-Training.csv");
  }
}
