// The report's `fact_checks` (issue 5): known fact-checks found for the headline and each reported
// claim, or the statement that no index is loaded. All reading of that field is in this file.

import { el, link, percent, words } from '../dom.js';

const list = (value) => (Array.isArray(value) ? value : []);

/** The section's status, or null when the report has no `fact_checks` at all. */
export function readFactCheckStatus(report) {
  const raw = report && report.fact_checks;
  if (!raw || typeof raw !== 'object') return null;
  const statements = list(raw.statements);
  return {
    loaded: raw.status === 'loaded',
    index: raw.index,
    hint: raw.hint,
    statements: statements.length,
    matched: statements.filter((s) => list(s.matches).length > 0).length,
  };
}

function readMatch(m) {
  const f = m.fact_check || {};
  return {
    reviewer: String(f.reviewer ?? 'unknown reviewer'),
    ratingText: f.rating_text || '',
    rating: String(f.rating ?? 'unrated').toLowerCase(),
    url: f.url,
    claim: f.claim,
    claimant: f.claimant,
    date: f.review_date,
    similarity: Number(m.similarity),
    probability: m.probability === undefined ? undefined : Number(m.probability),
    matchedWords: list(m.matched_words),
  };
}

/** The statements that were matched: `{role, text, start, end, matches}`, headline first. */
function readStatements(report) {
  const raw = report && report.fact_checks;
  return list(raw && raw.statements).map((s) => ({
    role: s.role,
    text: s.text,
    start: s.start,
    end: s.end,
    matches: list(s.matches).map(readMatch),
  }));
}

/** The matches for one claim (possibly empty), or null when the claim was not searched. */
export function readMatches(report, claim) {
  const status = readFactCheckStatus(report);
  if (!status || !status.loaded) return null;
  const statement = readStatements(report).find((s) => s.role !== 'headline'
    && ((s.start === claim.start && s.end === claim.end) || s.text === claim.text));
  return statement ? statement.matches : null;
}

function matchList(matches) {
  return el('ul', { class: 'factchecks', 'aria-label': 'Known fact-checks' }, matches.map((m) => el('li', { class: 'factcheck' },
    el('span', { class: `rating rating-${m.rating.replaceAll('_', '-')}`, text: m.ratingText || words(m.rating) }),
    m.ratingText && words(m.rating) !== m.ratingText.toLowerCase() ? el('span', { class: 'muted', text: ` (${words(m.rating)})` }) : null,
    ' by ', el('strong', { text: m.reviewer }),
    el('span', { class: 'muted', text: [
      Number.isFinite(m.similarity) ? ` · similarity ${m.similarity.toFixed(2)}` : '',
      Number.isFinite(m.probability) ? ` · ${percent(m.probability)} same claim` : '',
      m.date ? ` · ${m.date}` : ''].join('') }),
    m.claim ? el('div', {}, 'Claim reviewed: ', el('q', { text: m.claim }), m.claimant ? ` (${m.claimant})` : '') : null,
    m.matchedWords.length > 0 ? el('div', { class: 'muted', text: `Matched words: ${m.matchedWords.join(', ')}` }) : null,
    m.url ? el('div', {}, link(m.url, 'Read the fact-check')) : null)));
}

/** The known fact-checks under one claim; "none found" is said as such, never as support. */
export function renderMatches(report, claim) {
  const matches = readMatches(report, claim);
  if (matches === null) return null;
  if (matches.length === 0) {
    return el('p', { class: 'factcheck-none muted', text: 'No known fact-check of this claim (which is not support for it).' });
  }
  return matchList(matches);
}

/** What was searched, and the headline's matches; null when the report has no `fact_checks`. */
export function renderFactCheckStatus(report) {
  const status = readFactCheckStatus(report);
  if (!status) return null;
  if (!status.loaded) {
    return el('p', { class: 'notice factcheck-status', text: `Known fact-checks were not searched: ${status.hint || 'no fact-check index is loaded.'}` });
  }
  const headline = readStatements(report).find((s) => s.role === 'headline');
  return el('div', { class: 'factcheck-status' },
    el('p', { class: 'muted', text: `Known fact-checks: ${status.matched} of ${status.statements} statements matched${status.index ? ` in ${status.index}` : ''}.` }),
    headline && headline.matches.length > 0 ? el('div', {}, el('p', {}, 'The headline ', el('q', { text: headline.text }), ' was checked before:'), matchList(headline.matches)) : null);
}
