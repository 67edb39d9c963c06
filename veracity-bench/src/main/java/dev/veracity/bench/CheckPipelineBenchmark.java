package dev.veracity.bench;

import dev.veracity.article.Article;
import dev.veracity.article.ArticleSegmenter;
import dev.veracity.article.LineRuleSegmenter;
import dev.veracity.article.Segmentation;
import dev.veracity.style.LexicalStyleAnalyzer;
import dev.veracity.style.StyleAnalyzer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-article latency of segmentation plus style cues, the model-free part of a check.
 *
 * <p>Inputs: the shared example article (3.9 kB) and the same text padded with more of its body to
 * about 5 kB and 50 kB. Run: {@code java -jar veracity-bench/target/benchmarks.jar
 * CheckPipelineBenchmark -p example=../shared/examples/000_d24af7c00431189a.txt}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx1g"})
public class CheckPipelineBenchmark {

  /** Path of the example article. */
  @Param({"../shared/examples/000_d24af7c00431189a.txt"})
  public String example;

  /** Target size of the input in characters; 0 keeps the example as it is. */
  @Param({"0", "5000", "50000"})
  public int size;

  private final ArticleSegmenter segmenter = new LineRuleSegmenter();
  private final StyleAnalyzer style = LexicalStyleAnalyzer.withDefaultReference();
  private Article article;

  /** Loads and pads the input. */
  @Setup
  public void load() throws IOException {
    String text = Files.readString(Path.of(example), StandardCharsets.UTF_8);
    article = Article.ofText(Padding.toSize(text, size));
  }

  /** Segments the article and measures its style cues. */
  @Benchmark
  public Object segmentAndStyle() {
    Segmentation segmentation = segmenter.segment(article);
    return style.analyze(segmentation);
  }
}
