package dev.veracity.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.veracity.style.LexicalStyleAnalyzer;
import dev.veracity.style.StyleReference;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StyleReferenceCommandTest {

  @TempDir Path tmp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return VeracityCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void anUnknownCorpusIsAUsageError() {
    int code =
        run("style-reference", "--datasets", tmp.toString(), "--out", "x.json", "--corpus", "nope");

    assertThat(code).isEqualTo(VeracityCli.EXIT_USAGE);
    assertThat(err.toString())
        .isEqualTo("veracity: unknown corpus 'nope'" + System.lineSeparator());
  }

  @Test
  void aMissingCorpusFolderIsAnInputError() {
    Path outFile = tmp.resolve("reference.json");

    int code =
        run(
            "style-reference",
            "--datasets",
            tmp.toString(),
            "--out",
            outFile.toString(),
            "--corpus",
            "horne2017");

    assertThat(code).isEqualTo(VeracityCli.EXIT_INPUT_ERROR);
    assertThat(err.toString()).startsWith("veracity: no Horne2017_FakeNewsData.zip in ");
    assertThat(outFile).doesNotExist();
  }

  @Test
  void writesAReferenceTheAnalyzerCanLoad() throws IOException {
    Path datasets = Path.of(System.getProperty("veracity.datasets", "../shared/datasets"));
    assumeTrue(
        Files.isDirectory(datasets.resolve("fakenewsamt-celebrity")),
        "SKIPPED: fakenewsamt-celebrity not found under " + datasets.toAbsolutePath());
    Path outFile = tmp.resolve("reference.json");

    int code =
        run(
            "style-reference",
            "--datasets",
            datasets.toString(),
            "--out",
            outFile.toString(),
            "--corpus",
            "fakenewsamt-celebrity");

    assertThat(code).isEqualTo(VeracityCli.EXIT_OK);
    StyleReference reference = StyleReference.parse(Files.readAllBytes(outFile));
    assertThat(reference.ranges().keySet()).containsExactlyElementsOf(LexicalStyleAnalyzer.CUE_IDS);
    assertThat(reference.range("body_words").orElseThrow().documents()).isEqualTo(240);
    assertThat(reference.description()).startsWith("Style-cue ranges (p10, median, p90) over 240");
  }
}
