// The report's `verdict` field (issue 3): label, calibrated probability, uncertainty band,
// signals with their shares, explanation phrases and sentences. All reading of that field is in
// readVerdict(); rename fields there if the report's names change.

import { el, card, percent, num, words } from '../dom.js';

const LABELS = {
  reliable: 'Reliable',
  unreliable: 'Unreliable',
  uncertain: 'Uncertain',
  satire: 'Satire',
  out_of_domain: 'Out of domain',
};

const first = (...values) => values.find((v) => v !== undefined && v !== null);

/** The verdict as the page needs it, or null when the report has none. */
export function readVerdict(report) {
  const v = report && report.verdict;
  if (!v || typeof v !== 'object') return null;
  const band = first(v.uncertainty, v.band, v.interval, {}) || {};
  const explanation = first(v.explanation, v.explanations, {}) || {};
  const phrases = first(explanation.phrases, v.phrases, []) || [];
  const sentences = first(explanation.sentences, v.sentences, []) || [];
  return {
    label: String(first(v.label, v.category, 'uncertain')),
    probability: first(v.probability, v.p_unreliable, v.score),
    probabilityOf: first(v.probability_of, v.positive_label, 'unreliable'),
    low: first(band.low, band.lower, Array.isArray(band) ? band[0] : undefined),
    high: first(band.high, band.upper, Array.isArray(band) ? band[1] : undefined),
    reason: first(v.reason, v.note, v.summary),
    model: first(v.model, v.model_name),
    signals: (first(v.signals, []) || []).map((s) => ({
      name: String(first(s.name, s.id, s.signal, 'signal')),
      share: first(s.share, s.weight_share, s.contribution),
      value: first(s.probability, s.score, s.value),
      description: first(s.description, s.reason, s.note),
    })),
    phrases: phrases.map((p) => ({
      text: String(first(p.text, p.phrase, '')),
      start: first(p.start, p.span && p.span.start),
      end: first(p.end, p.span && p.span.end),
      weight: Number(first(p.weight, p.contribution, 0)),
      direction: first(p.direction, p.towards),
    })),
    sentences: sentences.map((s) => ({
      text: String(first(s.text, s.sentence, '')),
      start: first(s.start, s.span && s.span.start),
      end: first(s.end, s.span && s.span.end),
      weight: Number(first(s.weight, s.contribution, 0)),
      direction: first(s.direction, s.towards),
    })),
  };
}

function towardsUnreliable(item) {
  if (item.direction) return /unreliable|fake|false|up|\+/.test(String(item.direction));
  return item.weight > 0;
}

/** Highlights for the verdict's explanation phrases in the article body. */
export function verdictMarks(report) {
  const verdict = readVerdict(report);
  if (!verdict) return [];
  return verdict.phrases
    .filter((p) => Number.isInteger(p.start) && Number.isInteger(p.end))
    .map((p) => {
      const up = towardsUnreliable(p);
      return {
        start: p.start,
        end: p.end,
        className: `hl hl-phrase ${up ? 'towards-unreliable' : 'towards-reliable'}`,
        title: `Verdict phrase: pushes towards ${up ? 'unreliable' : 'reliable'}`,
      };
    });
}

function meter(verdict) {
  const p = Number(verdict.probability);
  if (!Number.isFinite(p)) return null;
  const low = Number(verdict.low);
  const high = Number(verdict.high);
  const hasBand = Number.isFinite(low) && Number.isFinite(high);
  const bar = el('div', { class: 'meter', 'aria-hidden': 'true' },
    hasBand ? el('span', { class: 'meter-band', style: { left: `${low * 100}%`, width: `${Math.max(0, high - low) * 100}%` } }) : null,
    el('span', { class: 'meter-mark', style: { left: `${p * 100}%` } }));
  const text = hasBand
    ? `Probability ${words(verdict.probabilityOf)}: ${percent(p)} (uncertainty ${percent(low)}–${percent(high)})`
    : `Probability ${words(verdict.probabilityOf)}: ${percent(p)}`;
  return el('div', { class: 'verdict-meter' }, el('p', { class: 'verdict-probability', text }), bar,
    el('div', { class: 'meter-scale', 'aria-hidden': 'true' }, el('span', { text: 'reliable 0%' }), el('span', { text: '100% unreliable' })));
}

function explanationList(title, items) {
  if (items.length === 0) return null;
  return el('div', { class: 'explanation' },
    el('h4', { text: title }),
    el('ul', {}, items.map((item) => el('li', {},
      el('span', { class: `direction ${towardsUnreliable(item) ? 'towards-unreliable' : 'towards-reliable'}`,
        text: towardsUnreliable(item) ? '▲ unreliable' : '▼ reliable' }),
      ' ', el('q', { text: item.text })))));
}

/** The verdict card; says plainly when the report carries no verdict. */
export function renderVerdict(report) {
  const verdict = readVerdict(report);
  if (!verdict) {
    return card('Verdict', 'verdict',
      el('p', { class: 'verdict-label verdict-none', text: 'No overall verdict' }),
      el('p', { class: 'muted', text: 'This server does not compute an overall verdict yet. Judge from the signals below: the source rating, the check-worthy claims and the writing-style cues.' }));
  }
  const name = LABELS[verdict.label] || words(verdict.label);
  const signals = verdict.signals.length === 0 ? null : el('div', { class: 'signals' },
    el('h4', { text: 'Signals and their share of the verdict' }),
    el('ul', { class: 'bars' }, verdict.signals.map((s) => {
      const share = Number(s.share);
      return el('li', {},
        el('span', { class: 'bar-label', text: words(s.name) }),
        Number.isFinite(share) ? el('span', { class: 'bar', 'aria-hidden': 'true' }, el('span', { style: { width: `${Math.max(0, Math.min(1, share)) * 100}%` } })) : null,
        el('span', { class: 'bar-value', text: Number.isFinite(share) ? percent(share) : '' }),
        s.value !== undefined ? el('span', { class: 'muted', text: ` (score ${num(s.value)})` }) : null,
        s.description ? el('span', { class: 'bar-note', text: s.description }) : null);
    })));
  return card('Verdict', 'verdict',
    el('p', { class: `verdict-label label-${verdict.label}`, text: name }),
    meter(verdict),
    verdict.reason ? el('p', { text: verdict.reason }) : null,
    signals,
    explanationList('Phrases that moved the score most', verdict.phrases),
    explanationList('Sentences that moved the score most', verdict.sentences),
    verdict.model ? el('p', { class: 'muted', text: `Model: ${verdict.model}` }) : null);
}

/** A one-line summary of the verdict for announcements and lists. */
export function verdictSummary(report) {
  const verdict = readVerdict(report);
  if (!verdict) return 'no overall verdict';
  const p = Number(verdict.probability);
  return Number.isFinite(p) ? `${LABELS[verdict.label] || words(verdict.label)} (${percent(p)} ${words(verdict.probabilityOf)})`
    : LABELS[verdict.label] || words(verdict.label);
}
