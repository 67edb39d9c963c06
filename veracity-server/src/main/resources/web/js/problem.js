// Shows API problem documents (and other errors) to a person, in one consistent way.

import { el, replace } from './dom.js';

/** Fills `box` with the error's title, detail, stable code and field errors, then shows it. */
export function showProblem(box, error) {
  const title = error.title || error.message || 'Something went wrong';
  const detail = error.detail && error.detail !== title ? error.detail : '';
  const errors = Array.isArray(error.errors) ? error.errors : [];
  replace(box,
    el('p', { class: 'problem-title' }, el('strong', { text: title })),
    detail ? el('p', { class: 'problem-detail', text: detail }) : null,
    errors.length === 0 ? null : el('ul', {}, errors.map((e) => el('li', { text: typeof e === 'string' ? e : [e.field || e.pointer || e.name, e.message || e.detail].filter(Boolean).join(': ') }))),
    error.code ? el('p', { class: 'problem-code muted' }, 'Code: ', el('code', { text: error.code }), error.status ? ` · HTTP ${error.status}` : '') : null);
  box.hidden = false;
}

/** Empties and hides `box`. */
export function clearProblem(box) {
  box.replaceChildren();
  box.hidden = true;
}
