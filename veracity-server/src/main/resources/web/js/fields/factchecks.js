// Known fact-checks matched to each claim (issue 5): reviewer, rating, link, similarity, or a
// report-level status such as "no index loaded". All reading of those fields is in this file.

import { el, link, percent, words } from '../dom.js';

const first = (...values) => values.find((v) => v !== undefined && v !== null);

/** The report-level fact-check status, e.g. {loaded:false, message:"no index loaded…"}, or null. */
export function readFactCheckStatus(report) {
  const raw = first(report.fact_checks, report.factchecks, report.fact_check);
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const status = String(first(raw.status, raw.state, ''));
  return {
    loaded: raw.loaded !== undefined ? Boolean(raw.loaded) : !/no[_ ]?index|not[_ ]loaded|unavailable|missing/.test(status),
    status,
    message: first(raw.message, raw.note, raw.reason, raw.detail, ''),
    index: first(raw.index, raw.store, raw.name),
  };
}

/** The fact-checks matched to one claim, best first (possibly empty); null when the report has none. */
export function readMatches(claim) {
  const raw = first(claim.fact_checks, claim.factchecks, claim.matches, claim.fact_check_matches);
  if (!Array.isArray(raw)) return null;
  return raw.map((m) => {
    const review = first(m.review, m.fact_check, m.claim_review, {}) || {};
    const pick = (...names) => first(...names.map((n) => m[n]), ...names.map((n) => review[n]));
    const rating = pick('rating', 'rating_text', 'verdict', 'alternate_name');
    return {
      reviewer: String(first(pick('reviewer', 'publisher', 'author', 'site'), 'unknown reviewer')),
      rating: typeof rating === 'object' && rating !== null ? first(rating.original, rating.text, rating.name, '') : String(rating ?? ''),
      normalised: first(pick('normalised_rating', 'normalized_rating', 'rating_normalised', 'scale'),
        typeof rating === 'object' && rating !== null ? first(rating.normalised, rating.normalized) : undefined),
      url: pick('url', 'link', 'review_url'),
      claimReviewed: pick('claim_reviewed', 'claim', 'text', 'title'),
      date: pick('date', 'date_published', 'review_date'),
      similarity: first(m.similarity, m.score),
      why: first(m.matched_words, m.why, m.explanation),
    };
  });
}

/** The matches under one claim; says "no match" honestly and never implies support. */
export function renderMatches(report, claim) {
  const matches = readMatches(claim);
  if (matches === null) return null;
  if (matches.length === 0) {
    const status = readFactCheckStatus(report);
    return el('p', { class: 'factcheck-none muted', text: status && !status.loaded ? 'Fact-checks not searched (no index loaded).' : 'No matching fact-check found (this is not support for the claim).' });
  }
  return el('ul', { class: 'factchecks', 'aria-label': 'Matching fact-checks' }, matches.map((m) => el('li', { class: 'factcheck' },
    el('span', { class: `rating rating-${words(m.normalised || 'other').replaceAll(' ', '-')}`, text: m.rating || words(m.normalised) || 'rated' }),
    ' by ', el('strong', { text: m.reviewer }),
    m.similarity !== undefined ? el('span', { class: 'muted', text: ` · similarity ${percent(m.similarity)}` }) : null,
    m.date ? el('span', { class: 'muted', text: ` · ${m.date}` }) : null,
    m.claimReviewed ? el('div', {}, 'Claim reviewed: ', el('q', { text: m.claimReviewed })) : null,
    m.why ? el('div', { class: 'muted', text: `Matched on: ${Array.isArray(m.why) ? m.why.join(', ') : m.why}` }) : null,
    m.url ? el('div', {}, link(m.url, 'Read the fact-check')) : null)));
}

/** A line above the claims saying whether fact-checks were searched, or null when unknown. */
export function renderFactCheckStatus(report) {
  const status = readFactCheckStatus(report);
  if (!status) return null;
  if (status.loaded) {
    return status.message ? el('p', { class: 'muted', text: status.message }) : null;
  }
  return el('p', { class: 'notice', text: status.message || 'No fact-check index is loaded, so claims were not compared with known fact-checks.' });
}
