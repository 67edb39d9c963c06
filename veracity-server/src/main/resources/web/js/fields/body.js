// The analysed text, rebuilt from the report's segments, with every signal highlighted at its offsets.

import { el } from '../dom.js';
import { highlight } from '../highlight.js';
import { claimMarks } from './claims.js';
import { styleMarks } from './style.js';
import { verdictMarks } from './verdict.js';

const ARTICLE_KINDS = new Set(['title', 'body', 'quote']);

function segmentBlock(segment, outer, inner) {
  const content = highlight(segment.text, segment.start, outer, inner);
  switch (segment.kind) {
    case 'title':
      return el('p', { class: 'seg seg-title', dataset: { start: segment.start } }, content);
    case 'quote':
      return el('figure', { class: 'seg seg-quote' },
        el('blockquote', { dataset: { start: segment.start } }, content),
        segment.attribution ? el('figcaption', { text: `Quoted from ${segment.attribution}` }) : null);
    case 'boilerplate':
      return el('p', { class: 'seg seg-boilerplate', dataset: { start: segment.start } }, content);
    default:
      return el('p', { class: 'seg seg-body', dataset: { start: segment.start } }, content);
  }
}

function legend(withPhrases) {
  const item = (className, text) => el('li', {}, el('mark', { class: className, text: 'sample' }), ' ', text);
  return el('ul', { class: 'legend', 'aria-label': 'Highlight legend' },
    item('hl hl-claim score-high', 'claim, score ≥ 60%'),
    item('hl hl-claim score-medium', 'claim, 40–60%'),
    item('hl hl-claim score-low', 'claim, < 40%'),
    item('hl hl-cue', 'unusual style cue'),
    withPhrases ? item('hl hl-phrase towards-unreliable', 'verdict phrase (towards unreliable)') : null,
    withPhrases ? item('hl hl-phrase towards-reliable', 'verdict phrase (towards reliable)') : null);
}

function layerToggle(container, layer, label) {
  const id = `toggle-${layer}`;
  return el('span', { class: 'toggle' },
    el('input', { type: 'checkbox', id, checked: true, onchange: (event) => container.classList.toggle(`hide-${layer}`, !event.target.checked) }),
    el('label', { for: id, text: label }));
}

/** The article card: title, body and quotes highlighted; page furniture folded away. */
export function renderBody(report) {
  const segments = Array.isArray(report.segments) ? report.segments : [];
  const outer = claimMarks(report, 'article');
  const phrases = verdictMarks(report);
  const inner = styleMarks(report).concat(phrases);
  const text = el('div', { class: 'article-text', lang: 'en' });
  const furniture = [];
  for (const segment of segments) {
    if (ARTICLE_KINDS.has(segment.kind)) text.append(segmentBlock(segment, outer, inner));
    else if (segment.kind === 'boilerplate') furniture.push(segmentBlock(segment, [], []));
  }
  return el('section', { class: 'card', id: 'article', 'aria-labelledby': 'article-heading' },
    el('h3', { id: 'article-heading', text: 'The article, highlighted' }),
    el('div', { class: 'toggles', role: 'group', 'aria-label': 'Highlights to show' },
      layerToggle(text, 'claims', 'Claims'), layerToggle(text, 'cues', 'Style cues'),
      phrases.length > 0 ? layerToggle(text, 'phrases', 'Verdict phrases') : null),
    legend(phrases.length > 0),
    text.childElementCount === 0 ? el('p', { class: 'muted', text: 'No article text was found.' }) : text,
    furniture.length === 0 ? null : el('details', { class: 'furniture' },
      el('summary', { text: `Page furniture left out of the analysis (${furniture.length})` }), furniture));
}
