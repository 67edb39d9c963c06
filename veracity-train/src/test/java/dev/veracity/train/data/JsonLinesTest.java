package dev.veracity.train.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesTest {

  @TempDir Path dir;

  @Test
  void labelsMayBeNumbersBooleansOrYesNo() throws Exception {
    Path f = dir.resolve("a.jsonl");
    Files.writeString(
        f,
        "{\"text\":\"a\",\"label\":1}\n\n{\"text\":\"b\",\"label\":\"no\"}\n"
            + "{\"text\":\"c\",\"label\":\"yes\"}\n{\"text\":\"d\",\"label\":false}\n");
    assertThat(JsonLines.read(f)).extracting(LabeledSentence::label).containsExactly(1, 0, 1, 0);
  }

  @Test
  void aBadLineIsReportedWithItsNumber() throws Exception {
    Path f = dir.resolve("b.jsonl");
    Files.writeString(f, "{\"text\":\"a\",\"label\":1}\n{\"text\":\"b\",\"label\":\"maybe\"}\n");
    assertThatThrownBy(() -> JsonLines.read(f))
        .isInstanceOf(DataFormatException.class)
        .hasMessageContaining("b.jsonl:2");
  }

  @Test
  void writtenSentencesReadBackUnchanged() throws Exception {
    Path f = dir.resolve("c.jsonl");
    List<LabeledSentence> s =
        List.of(new LabeledSentence("Tax \"cuts\"\nrose", 1, "claimbuster", "cb:x"));
    JsonLines.write(s, f);
    assertThat(JsonLines.read(f)).isEqualTo(s);
  }

  @Test
  void quotedCsvFieldsKeepSeparatorsQuotesAndNewlines() {
    assertThat(Csv.parse("a,b\n\"x, \"\"y\"\"\nz\",2\n", ',', true))
        .containsExactly(List.of("a", "b"), List.of("x, \"y\"\nz", "2"));
  }
}
