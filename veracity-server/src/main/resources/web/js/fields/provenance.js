// The report's `provenance`: versions, components with their data hashes, and timings.

import { el, num, when } from '../dom.js';

/** The provenance card, folded by default. */
export function renderProvenance(report, checkId) {
  const p = report.provenance || {};
  const components = Array.isArray(p.components) ? p.components : [];
  const timings = Object.entries(p.timings_millis || {});
  const input = report.input || {};
  return el('section', { class: 'card', id: 'provenance', 'aria-labelledby': 'provenance-heading' },
    el('h3', { id: 'provenance-heading', text: 'Provenance' }),
    el('dl', { class: 'facts' },
      checkId ? [el('dt', { text: 'Check' }), el('dd', { class: 'mono', text: checkId })] : null,
      el('dt', { text: 'Checked at' }), el('dd', { text: when(p.checked_at) }),
      el('dt', { text: 'Veracity' }), el('dd', { text: `${p.veracity_version ?? '?'} on Java ${p.java_version ?? '?'}` }),
      el('dt', { text: 'Input' }), el('dd', { text: `${input.characters ?? '?'} characters` }),
      input.sha256 ? [el('dt', { text: 'Text SHA-256' }), el('dd', { class: 'mono break', text: input.sha256 })] : null),
    el('details', {},
      el('summary', { text: `Components (${components.length}) and timings` }),
      el('ul', { class: 'components' }, components.map((c) => el('li', {},
        el('strong', { text: c.role }), ': ', el('span', { class: 'break', text: c.name }),
        el('div', { class: 'muted mono break', text: c.version })))),
      timings.length === 0 ? null : el('p', { text: `Timings: ${timings.map(([k, v]) => `${k} ${num(v, 1)} ms`).join(', ')}` })));
}
