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
 * Instances are immutable and thread-safe; one analysis is a few linear passes over the tokens.
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
  private static final int MAX_SENTENCE_EVIDENCE = 300;
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

  /** Currency signs that make a following number an amount of money. */
  private static final String CURRENCY = "$£€¥";

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
    out[0] = n;
    out[1] = capsValue(body, null);
    int[] marks = new int[2];
    countMarks(body, null, null, marks);
    out[2] = per1000(marks[0], n);
    out[3] = per1000(marks[1], n);
    out[4] = per1000(countPhrases(body, WordFacts.PhraseSlot.SENSATIONAL, null), n);
    out[5] = per1000(countReaderAddress(body, null), n);
    out[6] = per1000(countPhrases(body, WordFacts.PhraseSlot.HEDGING, null), n);
    out[7] = per1000(countAttribution(body, null), n);
    out[8] = per1000(countVerifiableDetail(body, null), n);
  }

  private List<StyleCue> analyze(String text, TokenSequence body, Optional<Segment> titleSegment) {
    int n = body.words;
    List<StyleCue> cues = new ArrayList<>(CUE_IDS.size());
    cues.add(cue(BODY_WORDS, "Length of the article body in words.", n, "words", List.of()));
    cues.add(capsShare(body));
    cues.addAll(punctuation(body));
    cues.add(
        phraseCue(
            SENSATIONAL_TERMS,
            "Sensational, loaded or derogatory terms (bombshell, shocking, hoax...) per 1,000 body"
                + " words.",
            body,
            WordFacts.PhraseSlot.SENSATIONAL));
    cues.add(readerAddress(body));
    cues.add(
        phraseCue(
            HEDGING,
            "Hedges and unsourced-claim markers (allegedly, reportedly, some say...) per 1,000 body"
                + " words.",
            body,
            WordFacts.PhraseSlot.HEDGING));
    cues.add(attribution(body));
    cues.add(verifiableDetail(body));
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

  private static double per1000(int count, int words) {
    return words == 0 ? 0.0 : count * 1000.0 / words;
  }

  private static Evidence evidence(String text, int start, int end) {
    return new Evidence(text.substring(start, end), start, end);
  }

  /** Adds a span to {@code list} unless it is full or null (values only, no evidence wanted). */
  private static void addEvidence(List<Evidence> list, String text, int start, int end) {
    if (list != null && list.size() < MAX_EVIDENCE) {
      list.add(evidence(text, start, end));
    }
  }

  /** Whether token {@code t} is written in capitals throughout and is not a common acronym. */
  private boolean isShouted(TokenSequence seq, int t) {
    int letters = 0;
    for (int i = 0; i < seq.length(t); i++) {
      char c = seq.charAt(t, i);
      if (c < 128) {
        // The same tests for ASCII, where only 0-9 are digits and only a-z lower case.
        if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) {
          return false;
        }
        if (c >= 'A' && c <= 'Z') {
          letters++;
        }
        continue;
      }
      if (Character.isDigit(c) || Character.isLowerCase(c)) {
        // Digits mark codes (MH17, G20), lower case marks ordinary words.
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    if (letters < 2) {
      return false;
    }
    String key = seq.token(t).replace(".", "");
    if (acronyms.contains(key)) {
      return false;
    }
    int hyphen = key.indexOf('-');
    return hyphen < 0 || !acronyms.contains(key.substring(0, hyphen));
  }

  private StyleCue capsShare(TokenSequence body) {
    List<Evidence> evidence = new ArrayList<>();
    double value = capsValue(body, evidence);
    return cue(
        CAPS_SHARE,
        "Share of body words written in capitals throughout (two or more letters; common acronyms"
            + " such as US, NATO, FBI excluded).",
        value,
        "share of words",
        evidence);
  }

  /** Share of body words in capitals; spans go to {@code evidence} unless it is null. */
  private double capsValue(TokenSequence body, List<Evidence> evidence) {
    int count = 0;
    for (int i = 0; i < body.size; i++) {
      if (body.word[i] && isShouted(body, i)) {
        count++;
        addEvidence(evidence, body.text, body.start[i], body.end[i]);
      }
    }
    return body.words == 0 ? 0.0 : (double) count / body.words;
  }

  private static boolean isTerminal(TokenSequence seq, int i) {
    return seq.is(i, '.') || seq.is(i, '!') || seq.is(i, '?') || seq.is(i, '\u2026');
  }

  /** Exclamation and question densities; evidence is each sentence up to its run of marks. */
  private List<StyleCue> punctuation(TokenSequence body) {
    List<Evidence> exclamations = new ArrayList<>();
    List<Evidence> questions = new ArrayList<>();
    int[] counts = new int[2];
    countMarks(body, exclamations, questions, counts);
    return List.of(
        cue(
            EXCLAMATION_DENSITY,
            "Exclamation marks in the body per 1,000 words; evidence shows each sentence.",
            per1000(counts[0], body.words),
            PER_1000,
            exclamations),
        cue(
            QUESTION_DENSITY,
            "Question marks in the body per 1,000 words; evidence shows each sentence.",
            per1000(counts[1], body.words),
            PER_1000,
            questions));
  }

  /**
   * Counts exclamation marks into {@code counts[0]} and question marks into {@code counts[1]};
   * sentence spans go to the evidence lists unless they are null.
   */
  private static void countMarks(
      TokenSequence body, List<Evidence> exclamations, List<Evidence> questions, int[] counts) {
    int exclamationCount = 0;
    int questionCount = 0;
    int sentenceStart = 0;
    for (int i = 0; i < body.size; i++) {
      if (i == 0 || body.breakBefore[i] || isTerminal(body, i - 1)) {
        if (!(i > 0 && !body.breakBefore[i] && isMark(body, i))) {
          sentenceStart = i;
        }
      }
      if (!isMark(body, i) || (i + 1 < body.size && isMark(body, i + 1))) {
        continue;
      }
      // i ends a run of ! and ? marks: count them and cite the sentence once.
      int runStart = i;
      while (runStart > sentenceStart && isMark(body, runStart - 1)) {
        runStart--;
      }
      boolean hasExclamation = false;
      boolean hasQuestion = false;
      for (int k = runStart; k <= i; k++) {
        if (body.is(k, '!')) {
          exclamationCount++;
          hasExclamation = true;
        } else {
          questionCount++;
          hasQuestion = true;
        }
      }
      int from = sentenceStart;
      while (body.end[i] - body.start[from] > MAX_SENTENCE_EVIDENCE && from < runStart) {
        from++;
      }
      if (hasExclamation) {
        addEvidence(exclamations, body.text, body.start[from], body.end[i]);
      }
      if (hasQuestion) {
        addEvidence(questions, body.text, body.start[from], body.end[i]);
      }
    }
    counts[0] = exclamationCount;
    counts[1] = questionCount;
  }

  /** A ! or ? outside a URL (a query string's ? is not a question). */
  private static boolean isMark(TokenSequence seq, int i) {
    return !seq.inUrl[i] && (seq.is(i, '!') || seq.is(i, '?'));
  }

  private StyleCue phraseCue(
      String id, String description, TokenSequence body, WordFacts.PhraseSlot slot) {
    List<Evidence> evidence = new ArrayList<>();
    int count = countPhrases(body, slot, evidence);
    return cue(id, description, per1000(count, body.words), PER_1000, evidence);
  }

  /** Counts non-overlapping phrase matches that start at a word outside a URL. */
  private static int countPhrases(
      TokenSequence seq, WordFacts.PhraseSlot slot, List<Evidence> out) {
    int count = 0;
    for (int i = 0; i < seq.size; i++) {
      if (!seq.word[i]) {
        continue;
      }
      int length = WordFacts.match(slot.get(seq.facts[i]), seq, i, seq.size);
      if (length > 0) {
        count++;
        addEvidence(out, seq.text, seq.start[i], seq.end[i + length - 1]);
        i += length - 1;
      }
    }
    return count;
  }

  private StyleCue readerAddress(TokenSequence body) {
    List<Evidence> evidence = new ArrayList<>();
    int count = countReaderAddress(body, evidence);
    return cue(
        READER_ADDRESS,
        "First- and second-person words (you, your, we, us, our, I...) per 1,000 body words.",
        per1000(count, body.words),
        PER_1000,
        evidence);
  }

  private static int countReaderAddress(TokenSequence body, List<Evidence> evidence) {
    int count = 0;
    for (int i = 0; i < body.size; i++) {
      if (body.facts[i].readerAddress) {
        // "US" written in capitals is the country, not the pronoun.
        if (body.length(i) >= 2 && body.isItsUpperCase(i)) {
          continue;
        }
        count++;
        addEvidence(evidence, body.text, body.start[i], body.end[i]);
      }
    }
    return count;
  }

  private StyleCue attribution(TokenSequence body) {
    List<Evidence> evidence = new ArrayList<>();
    int count = countAttribution(body, evidence);
    return cue(
        ATTRIBUTION,
        "Attribution to sources (according to, said, told, reported...) and links per 1,000 body"
            + " words.",
        per1000(count, body.words),
        PER_1000,
        evidence);
  }

  private static int countAttribution(TokenSequence body, List<Evidence> evidence) {
    int count = 0;
    int url = 0;
    for (int i = 0; i < body.size; i++) {
      if (body.inUrl[i]) {
        if (url < body.urls.size() && body.urls.get(url)[0] == body.start[i]) {
          int[] span = body.urls.get(url++);
          count++;
          addEvidence(evidence, body.text, span[0], span[1]);
        }
        continue;
      }
      if (!body.word[i]) {
        continue;
      }
      int length = WordFacts.match(body.facts[i].attribution, body, i, body.size);
      if (length > 0) {
        count++;
        addEvidence(evidence, body.text, body.start[i], body.end[i + length - 1]);
        i += length - 1;
      }
    }
    return count;
  }

  private static boolean isNumber(TokenSequence seq, int i) {
    if (!seq.word[i]) {
      return false;
    }
    char c = seq.charAt(i, 0);
    return c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
  }

  /** Whether token {@code i} is one currency sign. */
  private static boolean isCurrency(TokenSequence seq, int i) {
    return seq.length(i) == 1 && CURRENCY.indexOf(seq.charAt(i, 0)) >= 0;
  }

  private static boolean isCapitalised(TokenSequence seq, int i) {
    char c = seq.charAt(i, 0);
    return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
  }

  /**
   * Counts numbers (with a leading currency sign or a trailing %, percent, million...), dates
   * (month name followed by a number) and weekday names; each counts once.
   */
  private StyleCue verifiableDetail(TokenSequence seq) {
    List<Evidence> evidence = new ArrayList<>();
    int count = countVerifiableDetail(seq, evidence);
    return cue(
        VERIFIABLE_DETAIL,
        "Checkable specifics (numbers, dates, percentages, amounts of money) per 1,000 body words.",
        per1000(count, seq.words),
        PER_1000,
        evidence);
  }

  private static int countVerifiableDetail(TokenSequence seq, List<Evidence> evidence) {
    int count = 0;
    for (int i = 0; i < seq.size; i++) {
      if (!seq.word[i]) {
        continue;
      }
      int first = i;
      int last = -1;
      WordFacts facts = seq.facts[i];
      if (facts.month && isCapitalised(seq, i)) {
        int next = i + 1;
        if (next < seq.size && seq.is(next, '.')) {
          next++;
        }
        if (next < seq.size && isNumber(seq, next)) {
          last = next;
        }
      } else if (isNumber(seq, i)) {
        last = i;
        if (i > 0 && isCurrency(seq, i - 1) && seq.end[i - 1] == seq.start[i]) {
          first = i - 1;
        }
      } else if (facts.weekday && isCapitalised(seq, i)) {
        last = i;
      }
      if (last < 0) {
        continue;
      }
      while (last + 1 < seq.size && (seq.is(last + 1, '%') || seq.facts[last + 1].amountSuffix)) {
        last++;
      }
      count++;
      addEvidence(evidence, seq.text, seq.start[first], seq.end[last]);
      i = last;
    }
    return count;
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
        addEvidence(missing, title.text, title.start[i], title.end[i]);
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
      if (i == firstWord && isNumber(title, i)) {
        int end = i + 1 < title.size && title.word[i + 1] ? i + 1 : i;
        count++;
        addEvidence(evidence, title.text, title.start[i], title.end[end]);
        continue;
      }
      if (isMark(title, i)) {
        count++;
        addEvidence(evidence, title.text, title.start[i], title.end[i]);
        continue;
      }
      if (!title.word[i]) {
        continue;
      }
      int length = WordFacts.match(title.facts[i].clickbait, title, i, title.size);
      if (length > 0) {
        count++;
        addEvidence(evidence, title.text, title.start[i], title.end[i + length - 1]);
        i += length - 1;
      } else if (isShouted(title, i)) {
        count++;
        addEvidence(evidence, title.text, title.start[i], title.end[i]);
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
