package dev.veracity.style;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The counts of the body cues that {@link LexicalStyleAnalyzer} finds by token patterns (capitals,
 * exclamation and question marks, sensational terms, reader address, hedges, attribution,
 * verifiable detail), with their evidence spans when asked, from one pass over the tokens.
 *
 * <p>Each cue keeps its own state (where its last match ended, the current sentence), so the one
 * pass counts exactly what one pass per cue would: a phrase match still hides the tokens it covers
 * from its own cue only. Used once, by one thread.
 */
final class BodyCuePass {

  /** The most evidence spans one cue lists. */
  static final int MAX_EVIDENCE = LexicalStyleAnalyzer.MAX_EVIDENCE;

  private static final int MAX_SENTENCE_EVIDENCE = 300;

  /** Currency signs that make a following number an amount of money. */
  private static final String CURRENCY = "$£€¥";

  private final TokenSequence seq;
  private final Set<String> acronyms;

  /** One cue's count and evidence, and where its last match ended. */
  static final class Tally {

    int count;

    /** The cue's evidence spans in text order; null when only the counts were asked for. */
    final List<Evidence> evidence;

    /** Tokens before this index belong to the cue's last match and are not looked at again. */
    private int next;

    private Tally(boolean withEvidence) {
      evidence = withEvidence ? new ArrayList<>() : null;
    }

    /** Counts one occurrence spanning {@code text[start, end)}. */
    private void cite(String text, int start, int end) {
      count++;
      addEvidence(evidence, text, start, end);
    }
  }

  final Tally caps;
  final Tally exclamations;
  final Tally questions;
  final Tally sensational;
  final Tally readerAddress;
  final Tally hedging;
  final Tally attribution;
  final Tally detail;

  private int sentenceStart;
  private int url;

  private BodyCuePass(TokenSequence seq, Set<String> acronyms, boolean withEvidence) {
    this.seq = seq;
    this.acronyms = acronyms;
    caps = new Tally(withEvidence);
    exclamations = new Tally(withEvidence);
    questions = new Tally(withEvidence);
    sensational = new Tally(withEvidence);
    readerAddress = new Tally(withEvidence);
    hedging = new Tally(withEvidence);
    attribution = new Tally(withEvidence);
    detail = new Tally(withEvidence);
  }

  /**
   * The counts over {@code seq}, and the evidence when {@code withEvidence}.
   *
   * @param acronyms upper-case acronyms that do not count as words in capitals
   */
  static BodyCuePass run(TokenSequence seq, Set<String> acronyms, boolean withEvidence) {
    BodyCuePass pass = new BodyCuePass(seq, acronyms, withEvidence);
    for (int i = 0; i < seq.size; i++) {
      pass.caps(i);
      pass.marks(i);
      pass.readerAddress(i);
      if (seq.inUrl[i]) {
        pass.url(i);
      } else if (seq.word[i]) {
        pass.phrases(i);
        pass.detail(i);
      }
    }
    return pass;
  }

  private void caps(int i) {
    if (seq.word[i] && isShouted(seq, i, acronyms)) {
      caps.cite(seq.text, seq.start[i], seq.end[i]);
    }
  }

  /**
   * Counts the run of ! and ? marks that ends at {@code i}, if one does, and cites its sentence
   * once: from the sentence's start (at most {@value #MAX_SENTENCE_EVIDENCE} characters back) to
   * the run's end.
   */
  private void marks(int i) {
    if (i == 0 || seq.breakBefore[i] || isTerminal(seq, i - 1)) {
      if (!(i > 0 && !seq.breakBefore[i] && isMark(seq, i))) {
        sentenceStart = i;
      }
    }
    if (!isMark(seq, i) || (i + 1 < seq.size && isMark(seq, i + 1))) {
      return;
    }
    int runStart = i;
    while (runStart > sentenceStart && isMark(seq, runStart - 1)) {
      runStart--;
    }
    boolean hasExclamation = false;
    boolean hasQuestion = false;
    for (int k = runStart; k <= i; k++) {
      if (seq.is(k, '!')) {
        exclamations.count++;
        hasExclamation = true;
      } else {
        questions.count++;
        hasQuestion = true;
      }
    }
    if (exclamations.evidence == null) {
      return;
    }
    int from = sentenceStart;
    while (seq.end[i] - seq.start[from] > MAX_SENTENCE_EVIDENCE && from < runStart) {
      from++;
    }
    // The run counted each mark above; its sentence is cited once per kind of mark.
    if (hasExclamation) {
      addEvidence(exclamations.evidence, seq.text, seq.start[from], seq.end[i]);
    }
    if (hasQuestion) {
      addEvidence(questions.evidence, seq.text, seq.start[from], seq.end[i]);
    }
  }

  private void readerAddress(int i) {
    // "US" written in capitals is the country, not the pronoun.
    if (seq.facts[i].readerAddress && !(seq.length(i) >= 2 && seq.isItsUpperCase(i))) {
      readerAddress.cite(seq.text, seq.start[i], seq.end[i]);
    }
  }

  /** A link counts as attribution once, at its first token. */
  private void url(int i) {
    if (i >= attribution.next && url < seq.urls.size() && seq.urls.get(url)[0] == seq.start[i]) {
      int[] span = seq.urls.get(url++);
      attribution.cite(seq.text, span[0], span[1]);
    }
  }

  /** Non-overlapping phrase matches, per list, that start at word {@code i}. */
  private void phrases(int i) {
    WordFacts facts = seq.facts[i];
    phrase(sensational, facts.sensational, i);
    phrase(hedging, facts.hedging, i);
    phrase(attribution, facts.attribution, i);
  }

  /**
   * Counts the longest of {@code candidates} matching at {@code i}, unless {@code tally}'s last
   * match covers it.
   */
  private void phrase(Tally tally, String[][] candidates, int i) {
    if (i < tally.next) {
      return;
    }
    int length = WordFacts.match(candidates, seq, i, seq.size);
    if (length > 0) {
      tally.cite(seq.text, seq.start[i], seq.end[i + length - 1]);
      tally.next = i + length;
    }
  }

  /**
   * Numbers (with a leading currency sign or a trailing %, percent, million...), dates (month name
   * followed by a number) and weekday names; each counts once.
   */
  private void detail(int i) {
    if (i < detail.next) {
      return;
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
      return;
    }
    while (last + 1 < seq.size && (seq.is(last + 1, '%') || seq.facts[last + 1].amountSuffix)) {
      last++;
    }
    detail.cite(seq.text, seq.start[first], seq.end[last]);
    detail.next = last + 1;
  }

  /** Adds a span to {@code list} unless it is full or null (values only, no evidence wanted). */
  static void addEvidence(List<Evidence> list, String text, int start, int end) {
    if (list != null && list.size() < MAX_EVIDENCE) {
      list.add(new Evidence(text.substring(start, end), start, end));
    }
  }

  /** Whether token {@code t} is written in capitals throughout and is not a common acronym. */
  static boolean isShouted(TokenSequence seq, int t, Set<String> acronyms) {
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

  private static boolean isTerminal(TokenSequence seq, int i) {
    return seq.is(i, '.') || seq.is(i, '!') || seq.is(i, '?') || seq.is(i, '\u2026');
  }

  /** A ! or ? outside a URL (a query string's ? is not a question). */
  static boolean isMark(TokenSequence seq, int i) {
    return !seq.inUrl[i] && (seq.is(i, '!') || seq.is(i, '?'));
  }

  static boolean isNumber(TokenSequence seq, int i) {
    if (!seq.word[i]) {
      return false;
    }
    char c = seq.charAt(i, 0);
    return c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
  }

  private static boolean isCapitalised(TokenSequence seq, int i) {
    char c = seq.charAt(i, 0);
    return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
  }

  /** Whether token {@code i} is one currency sign. */
  private static boolean isCurrency(TokenSequence seq, int i) {
    return seq.length(i) == 1 && CURRENCY.indexOf(seq.charAt(i, 0)) >= 0;
  }
}
