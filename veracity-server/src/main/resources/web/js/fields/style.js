// The report's `style` cues: measured values against the range seen in reliable news, with evidence spans.

import { el, num, words } from '../dom.js';

/** Evidence highlights (inner marks) for the cues outside the reliable range. */
export function styleMarks(report) {
  const cues = Array.isArray(report.style) ? report.style : [];
  return cues
    .filter((cue) => cue.assessment === 'above' || cue.assessment === 'below')
    .flatMap((cue) => (cue.evidence || []).map((e) => ({
      start: e.start,
      end: e.end,
      className: 'hl hl-cue',
      title: `Style cue: ${cue.description}`,
      dataset: { cue: cue.id },
    })));
}

function range(cue) {
  const r = cue.reference;
  return r ? `${num(r.low)} – ${num(r.high)} (median ${num(r.median)})` : 'no reference';
}

/** The style card: a table of cues, unusual ones first. */
export function renderStyle(report) {
  const cues = Array.isArray(report.style) ? [...report.style] : [];
  const unusual = (cue) => (cue.assessment === 'above' || cue.assessment === 'below' ? 0 : 1);
  cues.sort((a, b) => unusual(a) - unusual(b));
  return el('section', { class: 'card', id: 'style', 'aria-labelledby': 'style-heading' },
    el('h3', { id: 'style-heading', text: 'Writing style' }),
    cues.length === 0 ? el('p', { text: 'No style cues were measured.' }) : el('div', { class: 'table-wrap' },
      el('table', {},
        el('caption', { class: 'muted', text: 'Each cue against the range (10th–90th percentile) seen in reliable news.' }),
        el('thead', {}, el('tr', {}, ['Cue', 'Value', 'Reliable range', 'Assessment'].map((h) => el('th', { scope: 'col', text: h })))),
        el('tbody', {}, cues.map((cue) => el('tr', { class: unusual(cue) === 0 ? 'unusual' : null },
          el('th', { scope: 'row' }, el('span', { text: cue.description }),
            (cue.evidence || []).length === 0 ? null : el('span', { class: 'evidence muted', text: ` e.g. ${(cue.evidence || []).slice(0, 3).map((e) => `“${e.text}”`).join(', ')}` })),
          el('td', { text: `${num(cue.value)} ${cue.unit}` }),
          el('td', { text: range(cue) }),
          el('td', {}, el('span', { class: `assessment assessment-${cue.assessment}`, text: words(cue.assessment) }))))))));
}
