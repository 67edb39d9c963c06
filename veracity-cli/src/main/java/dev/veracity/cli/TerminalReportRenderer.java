package dev.veracity.cli;

import dev.veracity.article.Segment;
import dev.veracity.article.SegmentKind;
import dev.veracity.claim.Claim;
import dev.veracity.claim.Cue;
import dev.veracity.classify.PhraseContribution;
import dev.veracity.comment.CommentReport;
import dev.veracity.comment.CommentVerdict;
import dev.veracity.factcheck.ClaimFactChecks;
import dev.veracity.factcheck.FactCheck;
import dev.veracity.factcheck.FactCheckMatch;
import dev.veracity.factcheck.FactCheckReport;
import dev.veracity.model.Contribution;
import dev.veracity.report.CheckReport;
import dev.veracity.signal.SourceSignal;
import dev.veracity.style.Evidence;
import dev.veracity.style.ReferenceRange;
import dev.veracity.style.StyleCue;
import dev.veracity.verdict.SentenceEvidence;
import dev.veracity.verdict.Signal;
import dev.veracity.verdict.Verdict;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders a {@link CheckReport} as plain text for a terminal.
 *
 * <p>Article text is hostile: control characters (including terminal escape sequences) and
 * bidirectional-override characters are replaced before printing. Stateless and thread-safe.
 */
final class TerminalReportRenderer {

  private static final int BODY_LINES = 3;
  private static final int CLAIMS_SHOWN = 5;
  private static final int LINE_WIDTH = 100;
  private static final int EVIDENCE_SHOWN = 3;
  private static final int EVIDENCE_WIDTH = 40;

  /** The report, lines separated by {@code \n}, ending with a line break. */
  String render(CheckReport report) {
    StringBuilder out = new StringBuilder();
    out.append("== ").append(safe(report.input().source())).append('\n');
    Map<SegmentKind, Long> counts =
        report.segments().stream()
            .collect(Collectors.groupingBy(Segment::kind, Collectors.counting()));
    List<String> parts = new ArrayList<>();
    for (SegmentKind kind : SegmentKind.values()) {
      parts.add(counts.getOrDefault(kind, 0L) + " " + kind.id());
    }
    out.append("Segments: ").append(String.join(", ", parts)).append('\n');
    String title =
        report.segments().stream()
            .filter(s -> s.kind() == SegmentKind.TITLE)
            .map(Segment::text)
            .findFirst()
            .or(report.input()::title)
            .map(t -> clip(safe(t), LINE_WIDTH))
            .orElse("(none found)");
    out.append("Title:    ").append(title).append('\n');
    report.site().ifPresent(site -> out.append("Source:   ").append(source(site)).append('\n'));
    report.verdict().ifPresent(v -> out.append(verdict(v)));
    out.append("Body:\n");
    List<String> lines = bodyLines(report);
    if (lines.isEmpty()) {
      out.append("  (no body text found)\n");
    }
    for (String line : lines) {
      out.append("  ").append(line).append('\n');
    }
    out.append("Style cues:\n");
    if (report.style().isEmpty()) {
      out.append("  (none measured)\n");
    }
    for (StyleCue cue : report.style()) {
      out.append("  ").append(cue(cue)).append('\n');
      if (!cue.evidence().isEmpty()) {
        out.append("    evidence: ").append(evidence(cue.evidence())).append('\n');
      }
    }
    CommentReport comments = report.comments();
    if (!comments.comments().isEmpty()) {
      out.append("Comments: ")
          .append(comments.comments().size())
          .append(", ")
          .append(comments.spam())
          .append(" flagged as spam (never used for the body's signals)\n");
      for (CommentVerdict c : comments.comments()) {
        String text =
            report.segments().stream()
                .filter(s -> s.start() == c.start())
                .map(Segment::text)
                .findFirst()
                .orElse("");
        out.append(
            String.format(
                Locale.ROOT,
                "  %.2f %s %s%n",
                c.spamProbability(),
                c.spam() ? "spam" : "ok  ",
                clip(safe(text), LINE_WIDTH - 12)));
      }
    }
    List<Claim> claims = report.claims().article();
    out.append(
        "Check-worthy claims (score: probability that a sentence is a check-worthy claim):\n");
    if (claims.isEmpty()) {
      out.append("  (no sentence scored)\n");
    }
    for (Claim claim : claims.subList(0, Math.min(CLAIMS_SHOWN, claims.size()))) {
      out.append(claimLines(claim));
    }
    if (!report.claims().comments().isEmpty()) {
      out.append("Claims in readers' comments (not the article's):\n");
      for (Claim claim : report.claims().comments().subList(0, 1)) {
        out.append(claimLines(claim));
      }
    }
    out.append(factChecks(report.factChecks()));
    return out.toString();
  }

  /** The known-fact-check section: matches per statement, or why there are none. */
  static String factChecks(FactCheckReport section) {
    StringBuilder out = new StringBuilder("Known fact-checks:\n");
    if (section.status() == FactCheckReport.Status.NO_INDEX) {
      out.append(
          "  (no fact-check index loaded; build one with: veracity factchecks build-default)\n");
      return out.toString();
    }
    if (section.statements().isEmpty()) {
      out.append("  (no headline or check-worthy claim to look up)\n");
    }
    for (ClaimFactChecks s : section.statements()) {
      out.append("  ")
          .append(s.role().id())
          .append(": ")
          .append(clip(safe(s.text()), LINE_WIDTH - 14))
          .append('\n');
      if (s.matches().isEmpty()) {
        out.append("    no known fact-check (this is not support for the claim)\n");
      }
      for (FactCheckMatch m : s.matches()) {
        FactCheck f = m.factCheck();
        out.append(
            String.format(
                Locale.ROOT,
                "    %s (%s) by %s, match p=%.2f: %s%n",
                f.rating().id().toUpperCase(Locale.ROOT),
                safe(f.ratingText().isEmpty() ? "no rating" : f.ratingText()),
                safe(f.reviewer()),
                m.probability().orElse(0.0),
                clip(safe(f.claim()), LINE_WIDTH - 40)));
        f.url().ifPresent(u -> out.append("      ").append(safe(u)).append('\n'));
      }
    }
    return out.toString();
  }

  private static final int PHRASES_SHOWN = 6;
  private static final int SENTENCES_SHOWN = 2;

  /** The verdict: label and probability, the model and why, each signal, then the explanation. */
  static String verdict(Verdict v) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "Verdict:  %s, probability %.2f of unreliable (confident only at or below %.2f or at"
                + " or above %.2f)%n",
            v.label().id().toUpperCase(Locale.ROOT).replace('_', ' '),
            v.probabilityUnreliable(),
            v.band().reliableAtOrBelow(),
            v.band().unreliableAtOrAbove()));
    out.append("  model: ")
        .append(v.model().kind().id())
        .append(", ")
        .append(safe(v.model().reason()))
        .append('\n');
    if (!v.outOfDomain().isEmpty()) {
      out.append("  out of domain: ")
          .append(v.outOfDomain().stream().map(o -> o.id()).collect(Collectors.joining(", ")))
          .append('\n');
    }
    v.model()
        .domainGate()
        .ifPresent(
            g ->
                out.append(
                    String.format(
                        Locale.ROOT,
                        "  domain gate: in-domain probability %.4f (out of domain below %.4f)%n",
                        g.inDomainProbability(),
                        g.threshold())));
    out.append("  signals (log-odds toward unreliable, share of the verdict):\n");
    for (Signal s : v.signals()) {
      String weight =
          s.settles().isPresent()
              ? "settles " + s.settles().get().id()
              : String.format(Locale.ROOT, "%+.2f", s.logOdds());
      out.append(
              String.format(
                  Locale.ROOT,
                  "    %-13s %-8s %3.0f%%  %s",
                  safe(s.id()),
                  weight,
                  100 * s.share(),
                  clip(safe(s.finding()), LINE_WIDTH - 34)))
          .append('\n');
    }
    List<PhraseContribution> phrases = v.explanation().phrases();
    if (!phrases.isEmpty()) {
      String shown =
          phrases.subList(0, Math.min(PHRASES_SHOWN, phrases.size())).stream()
              .map(
                  p ->
                      String.format(
                          Locale.ROOT,
                          "\"%s\" %+.2f",
                          safe(p.feature().substring(p.feature().indexOf(':') + 1)),
                          p.weight()))
              .collect(Collectors.joining(", "));
      out.append("  phrases: ").append(shown).append('\n');
    }
    sentences(out, "toward unreliable", v.explanation().towardUnreliable());
    sentences(out, "toward reliable", v.explanation().towardReliable());
    List<String> cues = new ArrayList<>();
    for (Contribution c : v.explanation().styleCues()) {
      cues.add(
          String.format(
              Locale.ROOT,
              "%s %+.2f",
              safe(c.feature().substring(c.feature().indexOf(':') + 1)),
              c.weight()));
    }
    cues.add(String.format(Locale.ROOT, "function words %+.2f", v.explanation().functionWords()));
    out.append("  style and form: ").append(clip(String.join(", ", cues), LINE_WIDTH - 18));
    out.append('\n');
    return out.toString();
  }

  private static void sentences(StringBuilder out, String label, List<SentenceEvidence> list) {
    for (SentenceEvidence s : list.subList(0, Math.min(SENTENCES_SHOWN, list.size()))) {
      out.append(
              String.format(
                  Locale.ROOT,
                  "  %s %+.2f: %s",
                  label,
                  s.weight(),
                  clip(safe(s.text()), LINE_WIDTH - label.length() - 12)))
          .append('\n');
    }
  }

  private static String source(SourceSignal source) {
    if (source.category().isEmpty()) {
      return safe(source.domain()) + ": " + safe(source.note());
    }
    String lists =
        source.ratings().stream()
            .map(r -> r.list() + " " + r.date() + ": " + String.join(", ", r.originalLabels()))
            .collect(Collectors.joining("; "));
    return safe(source.domain())
        + ": "
        + source.category().get()
        + source.bias().map(b -> ", bias " + b).orElse("")
        + (source.listsDisagree() ? " (lists disagree)" : "")
        + " ["
        + safe(lists)
        + "]";
  }

  /** Rank of a cue's feature among the claim's top contributions; unranked cues come last. */
  private static int influence(Claim claim, Cue cue) {
    for (int i = 0; i < claim.contributions().size(); i++) {
      if (claim.contributions().get(i).feature().equals("cue:" + cue.id())) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }

  /** One ranked claim: score, where it sits, the sentence, then its cues on a second line. */
  static String claimLines(Claim claim) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "  %.2f %s%-7s %s%n",
            claim.score(),
            claim.checkWorthy() ? "*" : " ",
            claim.kind().id(),
            clip(safe(claim.text()), LINE_WIDTH - 14)));
    if (!claim.cues().isEmpty()) {
      // One entry per cue kind, most influential first: "reports a past event: was, created".
      Map<String, List<String>> byKind = new LinkedHashMap<>();
      claim.cues().stream()
          .sorted(Comparator.comparingInt((Cue c) -> influence(claim, c)))
          .forEach(
              c -> {
                String d = safe(c.description());
                int colon = d.indexOf(": ");
                String kind = colon < 0 ? d : d.substring(0, colon);
                List<String> values = byKind.computeIfAbsent(kind, k -> new ArrayList<>());
                if (colon >= 0 && !values.contains(d.substring(colon + 2))) {
                  values.add(d.substring(colon + 2));
                }
              });
      String cues =
          byKind.entrySet().stream()
              .map(
                  e ->
                      e.getValue().isEmpty()
                          ? e.getKey()
                          : e.getKey() + ": " + String.join(", ", e.getValue()))
              .collect(Collectors.joining("; "));
      out.append("       cues: ").append(clip(cues, LINE_WIDTH - 13)).append('\n');
    }
    return out.toString();
  }

  private static List<String> bodyLines(CheckReport report) {
    List<String> lines = new ArrayList<>();
    for (Segment s : report.segments()) {
      if (s.kind() != SegmentKind.BODY) {
        continue;
      }
      for (String line : s.text().split("\n")) {
        if (lines.size() == BODY_LINES) {
          return lines;
        }
        if (!line.isBlank()) {
          lines.add(clip(safe(line.strip()), LINE_WIDTH));
        }
      }
    }
    return lines;
  }

  private static String cue(StyleCue cue) {
    StringBuilder s = new StringBuilder();
    s.append(safe(cue.id()))
        .append(" = ")
        .append(number(cue.value()))
        .append(' ')
        .append(safe(cue.unit()));
    if (cue.reference().isPresent()) {
      ReferenceRange r = cue.reference().get();
      s.append(" (reliable news: ")
          .append(number(r.low()))
          .append("..")
          .append(number(r.high()))
          .append(", median ")
          .append(number(r.median()))
          .append(", ")
          .append(r.documents())
          .append(" documents)");
    }
    s.append(": ").append(cue.assessment().id());
    return s.toString();
  }

  private static String evidence(List<Evidence> evidence) {
    List<String> shown = new ArrayList<>();
    for (Evidence e : evidence.subList(0, Math.min(EVIDENCE_SHOWN, evidence.size()))) {
      shown.add('"' + clip(safe(e.text()), EVIDENCE_WIDTH) + '"');
    }
    String more =
        evidence.size() > EVIDENCE_SHOWN
            ? " (+" + (evidence.size() - EVIDENCE_SHOWN) + " more)"
            : "";
    return String.join(", ", shown) + more;
  }

  /** Whole numbers as such, others to two decimals (three significant digits below 1). */
  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.valueOf((long) v);
    }
    BigDecimal d =
        Math.abs(v) >= 1
            ? BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP)
            : BigDecimal.valueOf(v).round(new MathContext(3, RoundingMode.HALF_UP));
    return d.stripTrailingZeros().toPlainString();
  }

  private static String clip(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "\u2026";
  }

  /** Replaces characters that could drive or confuse a terminal. */
  static String safe(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean bidi = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
      if (c == '\n' || c == '\r' || c == '\t') {
        out.append(' ');
      } else if (Character.isISOControl(c) || bidi) {
        out.append('\uFFFD');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
