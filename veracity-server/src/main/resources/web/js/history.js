// The list of past checks, newest first, a page at a time; each opens at #/checks/{id}.

import { listChecks } from './api.js';
import { el, replace, when, words } from './dom.js';
import { showProblem, clearProblem } from './problem.js';

const PAGE = 10;
const first = (...values) => values.find((v) => v !== undefined && v !== null);

/** One row of the list, read tolerantly from a summary (or a full check). */
function readSummary(item) {
  const report = item.report || {};
  const input = first(item.input, report.input, {});
  const digest = item.digest || {};
  const verdict = first(digest.verdict, item.verdict, report.verdict);
  const title = first(item.title, input.title,
    (report.segments || []).find((s) => s.kind === 'title')?.text);
  return {
    id: String(item.id),
    when: first(item.created_at, item.checked_at, item.createdAt, report.provenance?.checked_at),
    title: first(title, item.source === 'text' ? `Pasted text, ${item.chars ?? '?'} characters` : item.source,
      input.source, item.url, input.url, '(untitled)'),
    source: first(item.domain, input.domain, item.url, input.url, item.source, input.source),
    verdict: verdict ? `verdict: ${words(typeof verdict === 'object' ? verdict.label : verdict)}` : null,
    claims: Number.isInteger(digest.claims) ? `${digest.check_worthy_claims ?? '?'} of ${digest.claims} claims check-worthy` : null,
    comments: Number.isInteger(digest.comments) && digest.comments > 0 ? `${digest.comments} comments, ${digest.spam_comments ?? '?'} spam` : null,
  };
}

function readPage(json) {
  if (Array.isArray(json)) return { items: json, total: undefined };
  return { items: first(json.items, json.checks, json.data, []), total: first(json.total, json.count) };
}

/** Wires the history section; returns a function that reloads the current page. */
export function setupHistory(section) {
  const list = section.querySelector('#history-list');
  const errorBox = section.querySelector('#history-error');
  const info = section.querySelector('#history-info');
  const newer = section.querySelector('#history-newer');
  const older = section.querySelector('#history-older');
  let offset = 0;

  async function load() {
    clearProblem(errorBox);
    info.textContent = 'Loading…';
    try {
      const page = readPage(await listChecks(PAGE, offset));
      const rows = page.items.map(readSummary);
      replace(list, rows.length === 0 ? el('li', { class: 'muted', text: offset === 0 ? 'No checks yet.' : 'No more checks.' })
        : rows.map((row) => el('li', { class: 'history-item' },
          el('a', { href: `#/checks/${encodeURIComponent(row.id)}`, text: row.title }),
          el('div', { class: 'muted', text: [when(row.when), row.source !== row.title ? row.source : null, row.verdict, row.claims, row.comments].filter(Boolean).join(' · ') }))));
      const end = offset + rows.length;
      info.textContent = rows.length === 0 ? '' : `Checks ${offset + 1}–${end}${page.total !== undefined ? ` of ${page.total}` : ''}`;
      newer.disabled = offset === 0;
      older.disabled = page.total !== undefined ? end >= page.total : rows.length < PAGE;
    } catch (error) {
      info.textContent = '';
      showProblem(errorBox, error);
    }
  }

  newer.addEventListener('click', () => { offset = Math.max(0, offset - PAGE); load(); });
  older.addEventListener('click', () => { offset += PAGE; load(); });
  section.querySelector('#history-refresh').addEventListener('click', () => { offset = 0; load(); });
  return load;
}
