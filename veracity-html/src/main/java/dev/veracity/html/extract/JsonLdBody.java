package dev.veracity.html.extract;

import dev.veracity.html.eval.PageScore;
import dev.veracity.html.eval.ShingleMetric;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Compares the DOM body with a schema.org {@code articleBody}: when the DOM extraction missed most
 * of a plausible {@code articleBody}, the latter replaces it; when the {@code articleBody} is
 * complete, DOM paragraphs that share nothing with it are dropped as furniture.
 *
 * <p>{@code articleBody} is often truncated (a teaser) or stale, so it never wins by default.
 */
final class JsonLdBody {

  static final double MISSED_RECALL = 0.5;
  static final double COMPLETE_RATIO = 0.8;
  static final int MIN_CHARS = 200;

  private JsonLdBody() {}

  static List<Paragraph.Draft> reconcile(List<Paragraph.Draft> dom, Optional<String> articleBody) {
    if (articleBody.isEmpty() || articleBody.get().length() < MIN_CHARS) {
      return dom;
    }
    String ld = articleBody.get();
    String domText = dom.stream().map(Paragraph.Draft::text).collect(Collectors.joining("\n\n"));
    PageScore overlap = ShingleMetric.score(ld, domText);
    if (overlap.recall() < MISSED_RECALL && ld.length() > domText.length()) {
      List<Paragraph.Draft> replaced = new ArrayList<>();
      for (String line : ld.split("\\R")) {
        String text = PlainText.collapse(line);
        if (!text.isEmpty()) {
          replaced.add(new Paragraph.Draft(ParagraphKind.PARAGRAPH, text, List.of()));
        }
      }
      return replaced;
    }
    if (ld.length() < COMPLETE_RATIO * domText.length()) {
      return dom;
    }
    Map<List<String>, Integer> ldShingles = ShingleMetric.shingles(ld);
    List<Paragraph.Draft> kept = new ArrayList<>();
    for (Paragraph.Draft draft : dom) {
      boolean shared =
          ld.contains(draft.text())
              || ShingleMetric.shingles(draft.text()).keySet().stream()
                  .anyMatch(ldShingles::containsKey);
      if (shared) {
        kept.add(draft);
      }
    }
    return kept;
  }
}
