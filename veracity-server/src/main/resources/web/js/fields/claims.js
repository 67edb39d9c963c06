// The report's `claims`: check-worthy sentences with calibrated scores, cues and matched fact-checks.

import { el, percent, words } from '../dom.js';
import { renderMatches, renderFactCheckStatus } from './factchecks.js';

/** Score bucket used for colour and underline style: high ≥ 0.6, medium ≥ 0.4, else low. */
export function scoreBand(score) {
  const s = Number(score);
  if (s >= 0.6) return 'high';
  if (s >= 0.4) return 'medium';
  return 'low';
}

function claimList(report, part) {
  const claims = report.claims && Array.isArray(report.claims[part]) ? report.claims[part] : [];
  return claims.map((claim, index) => ({ claim, index, part }));
}

function anchorId(part, index) {
  return `claim-${part}-${index}`;
}

/** Sentence highlights (outer marks) for the claims of `part` (`article` or `comments`). */
export function claimMarks(report, part) {
  return claimList(report, part).map(({ claim, index }) => ({
    start: claim.start,
    end: claim.end,
    className: `hl hl-claim score-${scoreBand(claim.score)}${claim.check_worthy ? ' check-worthy' : ''}`,
    title: `Claim ${index + 1}: ${percent(claim.score)} check-worthy`,
    dataset: { claim: anchorId(part, index), score: String(claim.score) },
  }));
}

function showInText(id) {
  const marks = document.querySelectorAll(`mark[data-claim="${id}"]`);
  if (marks.length === 0) return;
  for (const mark of document.querySelectorAll('mark.flash')) mark.classList.remove('flash');
  marks.forEach((mark) => mark.classList.add('flash'));
  marks[0].setAttribute('tabindex', '-1');
  marks[0].focus();
  marks[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
}

function claimItem(report, { claim, index, part }) {
  const band = scoreBand(claim.score);
  const cues = Array.isArray(claim.cues) ? claim.cues : [];
  return el('li', { class: `claim score-${band}`, id: `${anchorId(part, index)}-item` },
    el('div', { class: 'claim-head' },
      el('span', { class: `score-chip score-${band}`, text: percent(claim.score) }),
      el('span', { class: 'muted', text: ` ${claim.check_worthy ? 'check-worthy' : 'below threshold'} · ${words(claim.kind)}` }),
      el('button', { type: 'button', class: 'link-button', onclick: () => showInText(anchorId(part, index)), text: 'Show in text' })),
    el('p', { class: 'claim-text', text: claim.text }),
    cues.length === 0 ? null : el('details', { class: 'claim-cues' },
      el('summary', { text: `Why it looks check-worthy (${new Set(cues.map((c) => c.description)).size} cues)` }),
      el('ul', { class: 'cue-list' }, [...new Set(cues.map((c) => c.description))].map((d) => el('li', { text: d })))),
    renderMatches(report, claim));
}

/** The claims card: article claims, then comment claims, each most check-worthy first. */
export function renderClaims(report) {
  const article = claimList(report, 'article');
  const comments = claimList(report, 'comments');
  return el('section', { class: 'card', id: 'claims', 'aria-labelledby': 'claims-heading' },
    el('h3', { id: 'claims-heading', text: `Check-worthy claims (${article.length})` }),
    el('p', { class: 'muted', text: 'Calibrated probability that a sentence is a factual claim worth checking. It says nothing about whether the claim is true.' }),
    renderFactCheckStatus(report),
    article.length === 0 ? el('p', { text: 'No sentence looks like a check-worthy factual claim.' })
      : el('ol', { class: 'claims' }, article.map((c) => claimItem(report, c))),
    comments.length === 0 ? null : el('details', { class: 'comment-claims' },
      el('summary', { text: `Claims in readers' comments (${comments.length})` }),
      el('ol', { class: 'claims' }, comments.map((c) => claimItem(report, c)))));
}
