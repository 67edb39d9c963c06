// The reviewer's form: records a human verdict on the open check or one of its claims.

import { recordVerdict, storedKey, storeKey } from './api.js';
import { el, replace, when } from './dom.js';
import { showProblem, clearProblem } from './problem.js';

const ARTICLE_LABELS = ['reliable', 'unreliable', 'uncertain', 'satire'];

/** The review card for check `id`; `announce` receives a sentence for the live region. */
export function renderReview(id, report, announce) {
  const claims = report.claims && Array.isArray(report.claims.article) ? report.claims.article : [];
  const status = el('div', { class: 'review-status', role: 'status' });
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
        ARTICLE_LABELS.map((l) => el('option', { value: l, text: l })))),
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
      const claim = claims[Number(target)];
      verdict.claim = { text: claim.text, start: claim.start, end: claim.end };
    }
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      const saved = await recordVerdict(id, verdict, apiKey);
      const who = saved && (saved.reviewer || saved.recorded_by);
      const at = saved && (saved.recorded_at || saved.created_at);
      const message = `Verdict “${verdict.label}” recorded${who ? ` by ${who}` : ''}${at ? ` at ${when(at)}` : ''}.`;
      replace(status, el('p', { class: 'success', text: message }));
      announce(message);
    } catch (error) {
      showProblem(errorBox, error);
    } finally {
      button.disabled = false;
    }
  });

  return el('section', { class: 'card', id: 'review', 'aria-labelledby': 'review-heading' },
    el('h3', { id: 'review-heading', text: 'Record a reviewer’s verdict' }), form);
}
