// The reviewer's form: records a human verdict on the open check or one of its claims.

import { recordVerdict, storedKey, storeKey } from './api.js';
import { el, replace, when } from './dom.js';
import { showProblem, clearProblem } from './problem.js';

// The server's rating scale (VerdictLabel), used for articles and claims alike.
const LABELS = [
  ['true', 'True'],
  ['mostly_true', 'Mostly true'],
  ['mixed', 'Mixed'],
  ['mostly_false', 'Mostly false'],
  ['false', 'False'],
  ['unproven', 'Unproven'],
];

function labelTitle(id) {
  const found = LABELS.find(([value]) => value === id);
  return found ? found[1] : String(id);
}

function verdictItem(verdict) {
  const target = Number.isInteger(verdict.claim_index) ? `claim ${verdict.claim_index + 1}` : 'the article';
  return el('li', {},
    el('strong', { text: labelTitle(verdict.label) }), ` on ${target} by ${verdict.reviewer ?? 'a reviewer'}`,
    verdict.created_at ? el('span', { class: 'muted', text: ` · ${when(verdict.created_at)}` }) : null,
    verdict.note ? el('div', { class: 'muted', text: verdict.note }) : null);
}

/**
 * The review card for check `id`, listing the verdicts already recorded; `announce` receives a
 * sentence for the live region.
 */
export function renderReview(id, report, announce, recorded = []) {
  const claims = report.claims && Array.isArray(report.claims.article) ? report.claims.article : [];
  const status = el('div', { class: 'review-status', role: 'status' });
  const history = el('ul', { class: 'verdicts', 'aria-label': 'Recorded verdicts' }, recorded.map(verdictItem));
  const historyNote = el('p', { class: 'muted', text: recorded.length === 0 ? 'No reviewer verdict yet.' : `${recorded.length} recorded:` });
  const errorBox = el('div', { class: 'problem', role: 'alert', hidden: true, tabindex: '-1' });
  const key = el('input', { type: 'password', id: 'review-key', name: 'apiKey', autocomplete: 'off', spellcheck: 'false', value: storedKey() || null, 'aria-describedby': 'review-key-help' });
  const form = el('form', { class: 'review-form', novalidate: true },
    el('div', { class: 'field' },
      el('label', { for: 'review-target', text: 'Verdict on' }),
      el('select', { id: 'review-target', name: 'target' },
        el('option', { value: '', text: 'The whole article' }),
        claims.map((c, i) => el('option', { value: String(i), text: `Claim ${i + 1}: ${c.text.length > 70 ? `${c.text.slice(0, 70)}…` : c.text}` })))),
    el('div', { class: 'field' },
      el('label', { for: 'review-label', text: 'Verdict' }),
      el('select', { id: 'review-label', name: 'label', required: true },
        LABELS.map(([value, text]) => el('option', { value, text, selected: value === 'unproven' })))),
    el('div', { class: 'field' },
      el('label', { for: 'review-note', text: 'Note (optional)' }),
      el('textarea', { id: 'review-note', name: 'note', rows: '3', maxlength: '2000' })),
    el('div', { class: 'field' },
      el('label', { for: 'review-key', text: 'Reviewer API key' }), key,
      el('p', { id: 'review-key-help', class: 'muted', text: 'Kept in this browser tab only (sessionStorage) and sent as the X-API-Key header.' })),
    el('div', { class: 'actions' },
      el('button', { type: 'submit', class: 'primary', text: 'Record verdict' }),
      el('button', { type: 'button', text: 'Forget key', onclick: () => { storeKey(''); key.value = ''; status.textContent = 'The API key was forgotten.'; } })),
    errorBox, status);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(errorBox);
    status.textContent = '';
    const data = new FormData(form);
    const apiKey = String(data.get('apiKey') || '').trim();
    if (!apiKey) {
      showProblem(errorBox, { title: 'An API key is needed', detail: 'Recording a verdict needs a reviewer API key.', code: 'missing_api_key' });
      key.focus();
      return;
    }
    storeKey(apiKey);
    const verdict = { label: String(data.get('label')) };
    const note = String(data.get('note') || '').trim();
    if (note) verdict.note = note;
    const target = String(data.get('target') || '');
    if (target !== '') {
      verdict.claim_index = Number(target);
    }
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      const saved = await recordVerdict(id, verdict, apiKey);
      const who = saved && (saved.reviewer || saved.recorded_by);
      const at = saved && saved.created_at;
      const labelText = labelTitle(verdict.label);
      if (saved && saved.label) {
        history.append(verdictItem(saved));
        historyNote.textContent = `${history.childElementCount} recorded:`;
      }
      const message = `Verdict “${labelText}” recorded${who ? ` by ${who}` : ''}${at ? ` at ${when(at)}` : ''}.`;
      replace(status, el('p', { class: 'success', text: message }));
      announce(message);
    } catch (error) {
      showProblem(errorBox, error);
    } finally {
      button.disabled = false;
    }
  });

  return el('section', { class: 'card', id: 'review', 'aria-labelledby': 'review-heading' },
    el('h3', { id: 'review-heading', text: 'Reviewers’ verdicts' }), historyNote, history,
    el('h4', { text: 'Record a verdict' }), form);
}
