package dev.veracity.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Splits English text into sentences with Apache OpenNLP's maximum-entropy sentence detector and
 * the UD English-EWT model ({@code opennlp-models-sentdetect-en} 1.3.0), plus rule-based steps.
 *
 * <p>Before the model, blank lines and headline lines cut the text into blocks no sentence crosses;
 * after it, splits the model makes after month abbreviations, titles, initialisms, units, initials,
 * ellipses and quoted questions or exclamations before lowercase words are joined again. Works best
 * on {@link TextNormalizer#standard() normalised} text; see {@link NormalizingSentenceSplitter}.
 * Thread-safe: the model is shared and loaded once, on first use; the detector, which is not
 * thread-safe, is made per call.
 */
public final class OpenNlpSentenceSplitter implements SentenceSplitter {

  /** Classpath location of the model inside {@code opennlp-models-sentdetect-en-1.3.0.jar}. */
  static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

  private final List<BlockBreak> breaks;
  private final List<SplitRepair> repairs;

  /** A splitter with the standard block breaks and repairs. */
  public OpenNlpSentenceSplitter() {
    this(
        List.of(new ParagraphBreak(), new HeadlineBreak()),
        List.of(
            new MonthAbbreviationRepair(),
            new TitleRepair(),
            new InitialismRepair(),
            new UnitAbbreviationRepair(),
            new InitialRepair(),
            new EllipsisRepair(),
            new QuoteAttributionRepair()));
  }

  OpenNlpSentenceSplitter(List<BlockBreak> breaks, List<SplitRepair> repairs) {
    this.breaks = List.copyOf(breaks);
    this.repairs = List.copyOf(repairs);
  }

  @Override
  public List<Span> split(String text) {
    Objects.requireNonNull(text, "text");
    List<Span> blocks = new ArrayList<>();
    ParagraphBreak.add(text, 0, text.length(), blocks);
    for (BlockBreak rule : breaks) {
      List<Span> cut = new ArrayList<>();
      for (Span block : blocks) {
        cut.addAll(rule.cut(text, block));
      }
      blocks = cut;
    }
    if (blocks.isEmpty()) {
      return List.of();
    }
    SentenceDetectorME detector = new SentenceDetectorME(ModelHolder.MODEL);
    List<Span> sentences = new ArrayList<>();
    for (Span block : blocks) {
      splitBlock(text, block, detector, sentences);
    }
    return List.copyOf(sentences);
  }

  private void splitBlock(
      String text, Span block, SentenceDetectorME detector, List<Span> sentences) {
    Span current = null;
    for (opennlp.tools.util.Span s : detector.sentPosDetect(block.of(text))) {
      Span sentence = Blanks.trim(text, block.start() + s.getStart(), block.start() + s.getEnd());
      if (sentence.length() == 0) {
        continue;
      }
      if (current == null) {
        current = sentence;
      } else if (joins(text, current, sentence)) {
        current = new Span(current.start(), sentence.end());
      } else {
        sentences.add(current);
        current = sentence;
      }
    }
    if (current != null) {
      sentences.add(current);
    }
  }

  private boolean joins(String text, Span before, Span after) {
    for (SplitRepair repair : repairs) {
      if (repair.joins(text, before, after)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "OpenNlpSentenceSplitter[model=opennlp-en-ud-ewt-sentence-1.3-2.5.4, breaks="
        + breaks
        + ", repairs="
        + repairs
        + "]";
  }

  /** Loads the model on first use; the JVM's class initialisation makes that thread-safe. */
  private static final class ModelHolder {
    static final SentenceModel MODEL = load();

    private static SentenceModel load() {
      try (InputStream in = OpenNlpSentenceSplitter.class.getResourceAsStream(MODEL_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(
              "sentence model " + MODEL_RESOURCE + " is not on the classpath");
        }
        return new SentenceModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read sentence model " + MODEL_RESOURCE, e);
      }
    }
  }
}
