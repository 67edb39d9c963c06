package dev.veracity.html.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Compares the DOM body with a schema.org {@code articleBody}: when the DOM extraction missed most
 * of a plausible {@code articleBody}, the latter replaces it; when the {@code articleBody} is
 * complete, DOM paragraphs that share nothing with it are dropped as furniture.
 *
 * <p>{@code articleBody} is often truncated (a teaser) or stale, so it never wins by default.
 * Overlap is measured on sets of 4-word shingles.
 */
final class JsonLdBody {

  static final double MISSED_RECALL = 0.5;
  static final double COMPLETE_RATIO = 0.8;
  static final int MIN_CHARS = 200;

  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int SHINGLE = 4;

  private JsonLdBody() {}

  static List<Paragraph.Draft> reconcile(List<Paragraph.Draft> dom, Optional<String> articleBody) {
    if (articleBody.isEmpty() || articleBody.get().length() < MIN_CHARS) {
      return dom;
    }
    String ld = articleBody.get();
    String domText = dom.stream().map(Paragraph.Draft::text).collect(Collectors.joining("\n\n"));
    Set<String> ldShingles = shingles(ld);
    Set<String> domShingles = shingles(domText);
    long found = ldShingles.stream().filter(domShingles::contains).count();
    double recall = ldShingles.isEmpty() ? 1 : (double) found / ldShingles.size();
    if (recall < MISSED_RECALL && ld.length() > domText.length()) {
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
    List<Paragraph.Draft> kept = new ArrayList<>();
    for (Paragraph.Draft draft : dom) {
      if (ld.contains(draft.text())
          || shingles(draft.text()).stream().anyMatch(ldShingles::contains)) {
        kept.add(draft);
      }
    }
    return kept;
  }

  /** Distinct runs of four words (or the whole text when shorter), joined by spaces. */
  private static Set<String> shingles(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    Set<String> shingles = new HashSet<>();
    for (int i = 0; i < Math.max(1, words.size() - SHINGLE + 1); i++) {
      List<String> run = words.subList(i, Math.min(words.size(), i + SHINGLE));
      if (!run.isEmpty()) {
        shingles.add(String.join(" ", run));
      }
    }
    return shingles;
  }
}
