// The report's `verdict` field (issue 3): label, fused probability of "unreliable" read against the
// uncertain band, the signals with their shares, and the text model's explanation (phrases with
// spans, sentences). All reading of that field is in readVerdict(); rename fields there only.

import { el, card, percent, num, words } from '../dom.js';

const LABELS = {
  reliable: 'Reliable',
  unreliable: 'Unreliable',
  uncertain: 'Uncertain',
  satire: 'Satire',
  out_of_domain: 'Out of domain',
};

const list = (value) => (Array.isArray(value) ? value : []);

/** A model feature such as `w:mossad cia` as the words it stands for. */
function featureText(feature) {
  return String(feature ?? '').replace(/^[a-z]+:/, '');
}

/** The verdict as the page needs it, or null when the report has none. */
export function readVerdict(report) {
  const v = report && report.verdict;
  if (!v || typeof v !== 'object') return null;
  const band = v.band || {};
  const explanation = v.explanation || {};
  const sentence = (towards) => (s) => ({ text: String(s.text ?? ''), start: s.start, end: s.end, weight: Number(s.weight), towards });
  return {
    label: String(v.label ?? 'uncertain'),
    probability: Number(v.probability_unreliable),
    low: Number(band.reliable_at_or_below),
    high: Number(band.unreliable_at_or_above),
    precision: Number(band.target_precision),
    summary: v.summary,
    model: v.model ? [v.model.kind ? `${words(v.model.kind)} model` : null, v.model.reason].filter(Boolean).join(': ') : null,
    outOfDomain: list(v.out_of_domain).map((reason) => words(reason)),
    signals: list(v.signals).map((s) => ({
      name: words(s.id),
      share: Number(s.share),
      logOdds: Number(s.log_odds),
      finding: s.finding,
      rule: s.rule,
      settles: s.settles,
    })),
    phrases: list(explanation.phrases).map((p) => ({
      text: featureText(p.feature),
      weight: Number(p.weight),
      spans: list(p.spans),
      towards: Number(p.weight) > 0 ? 'unreliable' : 'reliable',
    })),
    sentences: list(explanation.toward_unreliable).map(sentence('unreliable'))
      .concat(list(explanation.toward_reliable).map(sentence('reliable'))),
    styleCues: list(explanation.style_cues).map((c) => ({ text: featureText(c.feature), weight: Number(c.weight) })),
  };
}

/** Highlights (inner marks) for the phrases that moved the text model's score. */
export function verdictMarks(report) {
  const verdict = readVerdict(report);
  if (!verdict) return [];
  return verdict.phrases.flatMap((p) => p.spans
    .filter((span) => Number.isInteger(span.start) && Number.isInteger(span.end))
    .map((span) => ({
      start: span.start,
      end: span.end,
      className: `hl hl-phrase towards-${p.towards}`,
      title: `Verdict phrase “${p.text}”: pushes towards ${p.towards} (${num(p.weight)})`,
    })));
}

function meter(verdict) {
  const p = verdict.probability;
  if (!Number.isFinite(p)) return null;
  const hasBand = Number.isFinite(verdict.low) && Number.isFinite(verdict.high);
  const bar = el('div', { class: 'meter', 'aria-hidden': 'true' },
    hasBand ? el('span', { class: 'meter-band', style: { left: `${verdict.low * 100}%`, width: `${Math.max(0, verdict.high - verdict.low) * 100}%` } }) : null,
    el('span', { class: 'meter-mark', style: { left: `${p * 100}%` } }));
  return el('div', { class: 'verdict-meter' },
    el('p', { class: 'verdict-probability', text: `Probability unreliable: ${percent(p)}` }),
    bar,
    el('div', { class: 'meter-scale', 'aria-hidden': 'true' }, el('span', { text: '0% reliable' }), el('span', { text: '100% unreliable' })),
    hasBand ? el('p', { class: 'muted band-note', text: `Uncertain between ${percent(verdict.low)} and ${percent(verdict.high)} (the grey zone)${Number.isFinite(verdict.precision) ? `: outside it, verdicts reached ${percent(verdict.precision)} precision on validation` : ''}.` }) : null);
}

function direction(towards) {
  return el('span', { class: `direction towards-${towards}`, text: towards === 'unreliable' ? '▲ unreliable' : '▼ reliable' });
}

function signalList(verdict) {
  if (verdict.signals.length === 0) return null;
  return el('div', { class: 'signals' },
    el('h4', { text: 'Signals and their share of the verdict' }),
    el('ul', { class: 'bars' }, verdict.signals.map((s) => el('li', {},
      el('span', { class: 'bar-label', text: s.name }),
      Number.isFinite(s.share) ? el('span', { class: 'bar', 'aria-hidden': 'true' }, el('span', { style: { width: `${Math.max(0, Math.min(1, s.share)) * 100}%` } })) : null,
      el('span', { class: 'bar-value', text: Number.isFinite(s.share) ? percent(s.share) : '' }),
      el('span', { class: 'bar-note' },
        s.settles ? el('strong', { text: `decides: ${words(s.settles)}. ` }) : null,
        s.logOdds ? direction(s.logOdds > 0 ? 'unreliable' : 'reliable') : null,
        s.finding ? ` ${s.finding}` : '',
        s.rule ? el('span', { class: 'muted', text: ` (${s.rule})` }) : null)))));
}

function phraseList(verdict) {
  if (verdict.phrases.length === 0) return null;
  return el('div', { class: 'explanation' },
    el('h4', { text: 'Phrases that moved the text score most' }),
    el('ul', { class: 'phrases' }, verdict.phrases.map((p) => el('li', {},
      direction(p.towards), ' ', el('q', { text: p.text }),
      el('span', { class: 'muted', text: ` ${num(p.weight)}${p.spans.length > 0 ? `, ${p.spans.length}× in the text` : ''}` })))));
}

function sentenceList(verdict) {
  if (verdict.sentences.length === 0) return null;
  return el('details', { class: 'explanation' },
    el('summary', { text: `Sentences that moved the text score most (${verdict.sentences.length})` }),
    el('ul', {}, verdict.sentences.map((s) => el('li', {}, direction(s.towards), ' ', el('q', { text: s.text })))));
}

/** The verdict card; says plainly when the report carries no verdict. */
export function renderVerdict(report) {
  const verdict = readVerdict(report);
  if (!verdict) {
    return card('Verdict', 'verdict',
      el('p', { class: 'verdict-label verdict-none', text: 'No overall verdict' }),
      el('p', { class: 'muted', text: 'This server does not compute an overall verdict yet. Judge from the signals below: the source rating, the check-worthy claims and the writing-style cues.' }));
  }
  return card('Verdict', 'verdict',
    el('p', { class: `verdict-label label-${verdict.label}`, text: LABELS[verdict.label] || words(verdict.label) }),
    verdict.summary ? el('p', { class: 'verdict-summary', text: verdict.summary }) : null,
    meter(verdict),
    verdict.outOfDomain.length === 0 ? null : el('p', { class: 'notice', text: `Unlike the training data: ${verdict.outOfDomain.join(', ')}.` }),
    signalList(verdict),
    phraseList(verdict),
    sentenceList(verdict),
    verdict.model ? el('p', { class: 'muted', text: verdict.model }) : null);
}

/** A one-line summary of the verdict for announcements and lists. */
export function verdictSummary(report) {
  const verdict = readVerdict(report);
  if (!verdict) return 'no overall verdict';
  const name = LABELS[verdict.label] || words(verdict.label);
  return Number.isFinite(verdict.probability) ? `${name} (${percent(verdict.probability)} probability unreliable)` : name;
}
