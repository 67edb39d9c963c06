package dev.veracity.style;

import dev.veracity.article.Segment;
import dev.veracity.article.SegmentKind;
import dev.veracity.article.Segmentation;
import dev.veracity.text.TokenOffsets;
import dev.veracity.text.Tokenizer;
import dev.veracity.text.WordTokenizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Style cues computed from word lists and token patterns, with no trained model.
 *
 * <p>Body cues read only {@link SegmentKind#BODY} segments and headline cues only the {@link
 * SegmentKind#TITLE} segment, so quotes, comments and boilerplate never change a cue. Rates are per
 * 1,000 body words (0 for an empty body). Each cue lists at most {@value #MAX_EVIDENCE} evidence
 * spans, in text order. Word lists are resources next to this class; each names its origin.
 * Instances are immutable and thread-safe; the body cues take one linear pass over the tokens
 * ({@link BodyCuePass}).
 */
public final class LexicalStyleAnalyzer implements StyleAnalyzer {

  /** Length of the body in words. */
  public static final String BODY_WORDS = "body_words";

  /** Share of body words in capitals throughout. */
  public static final String CAPS_SHARE = "caps_share";

  /** Exclamation marks per 1,000 body words. */
  public static final String EXCLAMATION_DENSITY = "exclamation_density";

  /** Question marks per 1,000 body words. */
  public static final String QUESTION_DENSITY = "question_density";

  /** Sensational terms per 1,000 body words. */
  public static final String SENSATIONAL_TERMS = "sensational_terms";

  /** First- and second-person words per 1,000 body words. */
  public static final String READER_ADDRESS = "reader_address";

  /** Hedges per 1,000 body words. */
  public static final String HEDGING = "hedging";

  /** Attribution markers and links per 1,000 body words. */
  public static final String ATTRIBUTION = "attribution";

  /** Numbers, dates, percentages and amounts per 1,000 body words. */
  public static final String VERIFIABLE_DETAIL = "verifiable_detail";

  /** Share of headline content words found in the body. */
  public static final String HEADLINE_BODY_OVERLAP = "headline_body_overlap";

  /** Clickbait patterns in the headline. */
  public static final String CLICKBAIT_HEADLINE = "clickbait_headline";

  /** Every cue id, in the order {@link #analyze} returns them. */
  public static final List<String> CUE_IDS =
      List.of(
          BODY_WORDS,
          CAPS_SHARE,
          EXCLAMATION_DENSITY,
          QUESTION_DENSITY,
          SENSATIONAL_TERMS,
          READER_ADDRESS,
          HEDGING,
          ATTRIBUTION,
          VERIFIABLE_DETAIL,
          HEADLINE_BODY_OVERLAP,
          CLICKBAIT_HEADLINE);

  /**
   * Number of body cues: the first {@value} ids of {@link #CUE_IDS}, the cues {@link #analyzeBody}
   * returns.
   */
  public static final int BODY_CUES = 9;

  /** The most evidence spans one cue lists. */
  public static final int MAX_EVIDENCE = 10;

  private static final String PER_1000 = "per 1,000 words";
  private static final Set<String> MONTHS =
      Set.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec");
  private static final Set<String> WEEKDAYS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  private static final Set<String> AMOUNT_WORDS =
      Set.of("percent", "million", "billion", "trillion", "thousand", "bn", "m");

  private final Tokenizer tokenizer = new WordTokenizer();
  private final StyleReference reference;
  private final List<Lexicon> lexicons;
  private final Set<String> acronyms;
  private final FactTable lookup;

  /** An analyzer that assesses cues against {@code reference}. */
  public LexicalStyleAnalyzer(StyleReference reference) {
    this.reference = Objects.requireNonNull(reference, "reference");
    Lexicon acronymList = Lexicon.load("acronyms.txt");
    Lexicon stopwordList = Lexicon.load("stopwords.txt");
    Lexicon readerList = Lexicon.load("reader-address.txt");
    Lexicon sensationalList = Lexicon.load("sensational.txt");
    Lexicon hedgingList = Lexicon.load("hedging.txt");
    Lexicon attributionList = Lexicon.load("attribution.txt");
    Lexicon clickbaitList = Lexicon.load("clickbait.txt");
    this.lexicons =
        List.of(
            acronymList,
            stopwordList,
            readerList,
            sensationalList,
            hedgingList,
            attributionList,
            clickbaitList);
    Set<String> upper = new HashSet<>();
    for (String a : acronymList.entries()) {
      upper.add(a.toUpperCase(Locale.ROOT));
    }
    this.acronyms = Set.copyOf(upper);
    this.lookup =
        new WordFacts.Index(tokenizer)
            .words(stopwordList.entries(), f -> f.stopword = true)
            .words(readerList.entries(), f -> f.readerAddress = true)
            .words(MONTHS, f -> f.month = true)
            .words(WEEKDAYS, f -> f.weekday = true)
            .words(AMOUNT_WORDS, f -> f.amountSuffix = true)
            .phrases(sensationalList, WordFacts.PhraseSlot.SENSATIONAL)
            .phrases(hedgingList, WordFacts.PhraseSlot.HEDGING)
            .phrases(attributionList, WordFacts.PhraseSlot.ATTRIBUTION)
            .phrases(clickbaitList, WordFacts.PhraseSlot.CLICKBAIT)
            .build();
  }

  /** An analyzer with the reference snapshot shipped in Veracity's resources. */
  public static LexicalStyleAnalyzer withDefaultReference() {
    return new LexicalStyleAnalyzer(StyleReference.defaultReference());
  }

  /** An analyzer with no reference: every cue is assessed {@link Assessment#UNKNOWN}. */
  public static LexicalStyleAnalyzer withoutReference() {
    return new LexicalStyleAnalyzer(StyleReference.none());
  }

  /** The reference snapshot cues are assessed against. */
  public StyleReference reference() {
    return reference;
  }

  /** SHA-256 of each word-list resource, keyed by resource name, for provenance. */
  public Map<String, String> lexiconDigests() {
    Map<String, String> digests = new LinkedHashMap<>();
    for (Lexicon l : lexicons) {
      digests.put(l.resource(), l.sha256());
    }
    return digests;
  }

  @Override
  public List<StyleCue> analyze(Segmentation segmentation) {
    String text = segmentation.text();
    TokenSequence body =
        TokenSequence.of(text, segmentation.of(SegmentKind.BODY), tokenizer, lookup);
    return analyze(text, body, segmentation.title());
  }

  /**
   * The cues of {@code text} read as one body segment with no title, from its tokens: equal to
   * {@link #analyze} of that segmentation, for callers that have tokenized the text already.
   *
   * @param tokens the offsets {@link WordTokenizer} returns for {@code text}
   */
  public List<StyleCue> analyzeBody(String text, TokenOffsets tokens) {
    Segment whole = Segment.wholeBody(text, "whole text");
    return analyze(text, TokenSequence.of(text, whole, tokens, lookup), Optional.empty());
  }

  /**
   * The values of the body cues of {@code text} read as one body segment with no title, indexed as
   * {@link #CUE_IDS}: equal to the values {@link #analyzeBody} gives (the same counting code runs),
   * without building evidence, descriptions or cue objects; for scoring, where only values count.
   *
   * @param tokens the offsets {@link WordTokenizer} returns for {@code text}
   * @param out receives the {@link #BODY_CUES} values
   */
  public void bodyValues(String text, TokenOffsets tokens, double[] out) {
    Segment whole = Segment.wholeBody(text, "whole text");
    TokenSequence body = TokenSequence.of(text, whole, tokens, lookup);
    int n = body.words;
    BodyCuePass pass = BodyCuePass.run(body, acronyms, false);
    out[0] = n;
    out[1] = share(pass.caps.count, n);
    out[2] = per1000(pass.exclamations.count, n);
    out[3] = per1000(pass.questions.count, n);
    out[4] = per1000(pass.sensational.count, n);
    out[5] = per1000(pass.readerAddress.count, n);
    out[6] = per1000(pass.hedging.count, n);
    out[7] = per1000(pass.attribution.count, n);
    out[8] = per1000(pass.detail.count, n);
  }

  private List<StyleCue> analyze(String text, TokenSequence body, Optional<Segment> titleSegment) {
    int n = body.words;
    BodyCuePass pass = BodyCuePass.run(body, acronyms, true);
    List<StyleCue> cues = new ArrayList<>(CUE_IDS.size());
    cues.add(cue(BODY_WORDS, "Length of the article body in words.", n, "words", List.of()));
    cues.add(
        cue(
            CAPS_SHARE,
            "Share of body words written in capitals throughout (two or more letters; common"
                + " acronyms such as US, NATO, FBI excluded).",
            share(pass.caps.count, n),
            "share of words",
            pass.caps.evidence));
    cues.add(
        perThousandWords(
            EXCLAMATION_DENSITY,
            "Exclamation marks in the body per 1,000 words; evidence shows each sentence.",
            pass.exclamations,
            n));
    cues.add(
        perThousandWords(
            QUESTION_DENSITY,
            "Question marks in the body per 1,000 words; evidence shows each sentence.",
            pass.questions,
            n));
    cues.add(
        perThousandWords(
            SENSATIONAL_TERMS,
            "Sensational, loaded or derogatory terms (bombshell, shocking, hoax...) per 1,000 body"
                + " words.",
            pass.sensational,
            n));
    cues.add(
        perThousandWords(
            READER_ADDRESS,
            "First- and second-person words (you, your, we, us, our, I...) per 1,000 body words.",
            pass.readerAddress,
            n));
    cues.add(
        perThousandWords(
            HEDGING,
            "Hedges and unsourced-claim markers (allegedly, reportedly, some say...) per 1,000 body"
                + " words.",
            pass.hedging,
            n));
    cues.add(
        perThousandWords(
            ATTRIBUTION,
            "Attribution to sources (according to, said, told, reported...) and links per 1,000"
                + " body words.",
            pass.attribution,
            n));
    cues.add(
        perThousandWords(
            VERIFIABLE_DETAIL,
            "Checkable specifics (numbers, dates, percentages, amounts of money) per 1,000 body"
                + " words.",
            pass.detail,
            n));
    if (titleSegment.isPresent()) {
      TokenSequence title = TokenSequence.of(text, List.of(titleSegment.get()), tokenizer, lookup);
      headlineBodyOverlap(title, body).ifPresent(cues::add);
      cues.add(clickbaitHeadline(title));
    }
    return cues;
  }

  private StyleCue cue(
      String id, String description, double value, String unit, List<Evidence> evidence) {
    Optional<ReferenceRange> range = reference.range(id);
    Assessment assessment = range.map(r -> r.assess(value)).orElse(Assessment.UNKNOWN);
    return new StyleCue(id, description, value, unit, range, assessment, evidence);
  }

  /** A cue counted per 1,000 body words, with the tally's evidence. */
  private StyleCue perThousandWords(
      String id, String description, BodyCuePass.Tally tally, int words) {
    return cue(id, description, per1000(tally.count, words), PER_1000, tally.evidence);
  }

  private static double per1000(int count, int words) {
    return words == 0 ? 0.0 : count * 1000.0 / words;
  }

  private static double share(int count, int words) {
    return words == 0 ? 0.0 : (double) count / words;
  }

  /** Length of token {@code i} without a trailing possessive {@code 's} or {@code ’s}. */
  private static int withoutPossessive(TokenSequence seq, int i) {
    int n = seq.length(i);
    if (n > 2 && (seq.charAt(i, n - 1) == 's' || seq.charAt(i, n - 1) == 'S')) {
      char apostrophe = seq.charAt(i, n - 2);
      if (apostrophe == '\'' || apostrophe == '\u2019') {
        return n - 2;
      }
    }
    return n;
  }

  /** Length of {@code word} without a trailing possessive {@code 's} or {@code ’s}. */
  private static int withoutPossessive(String word) {
    int n = word.length();
    if (n > 2 && (word.charAt(n - 1) == 's' || word.charAt(n - 1) == 'S')) {
      char apostrophe = word.charAt(n - 2);
      if (apostrophe == '\'' || apostrophe == '\u2019') {
        return n - 2;
      }
    }
    return n;
  }

  /** Share of distinct title content words found in the body; empty when the title has none. */
  private Optional<StyleCue> headlineBodyOverlap(TokenSequence title, TokenSequence body) {
    // Index the few title words and scan the body once, rather than indexing the whole body;
    // a bit set of title word lengths spares normalising most body words.
    Map<String, Integer> firstIndex = new LinkedHashMap<>();
    long lengths = 0;
    for (int i = 0; i < title.size; i++) {
      String token = title.token(i);
      int n = withoutPossessive(token);
      if (title.word[i] && !lookup.get(token, 0, n).stopword) {
        firstIndex.putIfAbsent(Lexicon.normalize(token.substring(0, n)), i);
        lengths |= 1L << Math.min(n, 63);
      }
    }
    if (firstIndex.isEmpty()) {
      return Optional.empty();
    }
    Set<String> found = new HashSet<>();
    for (int i = 0; i < body.size && found.size() < firstIndex.size(); i++) {
      int n = withoutPossessive(body, i);
      if (body.word[i] && (lengths & (1L << Math.min(n, 63))) != 0) {
        String word = Lexicon.normalize(body.token(i).substring(0, n));
        if (firstIndex.containsKey(word)) {
          found.add(word);
        }
      }
    }
    List<Evidence> missing = new ArrayList<>();
    for (Map.Entry<String, Integer> e : firstIndex.entrySet()) {
      if (!found.contains(e.getKey())) {
        int i = e.getValue();
        BodyCuePass.addEvidence(missing, title.text, title.start[i], title.end[i]);
      }
    }
    return Optional.of(
        cue(
            HEADLINE_BODY_OVERLAP,
            "Share of the headline's content words that also occur in the body; evidence shows"
                + " headline words the body never uses.",
            (double) found.size() / firstIndex.size(),
            "share of headline words",
            missing));
  }

  /** Teaser phrases, a leading number, question and exclamation marks, words in capitals. */
  private StyleCue clickbaitHeadline(TokenSequence title) {
    List<Evidence> evidence = new ArrayList<>();
    int count = 0;
    int firstWord = -1;
    for (int i = 0; i < title.size && firstWord < 0; i++) {
      if (title.word[i]) {
        firstWord = i;
      }
    }
    for (int i = 0; i < title.size; i++) {
      if (i == firstWord && BodyCuePass.isNumber(title, i)) {
        int end = i + 1 < title.size && title.word[i + 1] ? i + 1 : i;
        count++;
        BodyCuePass.addEvidence(evidence, title.text, title.start[i], title.end[end]);
        continue;
      }
      if (BodyCuePass.isMark(title, i)) {
        count++;
        BodyCuePass.addEvidence(evidence, title.text, title.start[i], title.end[i]);
        continue;
      }
      if (!title.word[i]) {
        continue;
      }
      int length = WordFacts.match(title.facts[i].clickbait, title, i, title.size);
      if (length > 0) {
        count++;
        BodyCuePass.addEvidence(evidence, title.text, title.start[i], title.end[i + length - 1]);
        i += length - 1;
      } else if (BodyCuePass.isShouted(title, i, acronyms)) {
        count++;
        BodyCuePass.addEvidence(evidence, title.text, title.start[i], title.end[i]);
      }
    }
    return cue(
        CLICKBAIT_HEADLINE,
        "Clickbait patterns in the headline: teaser phrases (you won't believe, this is why...), a"
            + " leading number, question and exclamation marks, words in capitals.",
        count,
        "patterns",
        evidence);
  }

  @Override
  public String toString() {
    return "LexicalStyleAnalyzer(" + reference + ")";
  }
}
