// Turns a piece of the analysed text plus report spans into highlighted DOM, using the report's
// UTF-16 offsets directly (JavaScript strings index UTF-16 code units too).

import { el } from './dom.js';

/**
 * A highlight: `start`/`end` are offsets into the analysed text, half-open. `outer` spans
 * (sentences: claims) must not overlap each other; inner spans (cues, phrases) may overlap
 * anything and are split where they cross an outer boundary.
 * @typedef {{start:number, end:number, className:string, title?:string, dataset?:object}} Mark
 */

/**
 * Renders `text`, which starts at offset `base` of the analysed text, with `outer` marks as
 * `<mark>` elements wrapping runs of `inner` marks. Spans outside the text are clipped.
 */
export function highlight(text, base, outer = [], inner = []) {
  const length = text.length;
  const clip = (marks) => marks
    .map((m) => ({ ...m, s: Math.max(0, m.start - base), e: Math.min(length, m.end - base) }))
    .filter((m) => m.s < m.e);
  const outers = clip(outer).sort((a, b) => a.s - b.s);
  const inners = clip(inner);
  const cuts = new Set([0, length]);
  for (const m of outers.concat(inners)) {
    cuts.add(m.s);
    cuts.add(m.e);
  }
  const points = [...cuts].sort((a, b) => a - b);

  const fragment = document.createDocumentFragment();
  let group = fragment;
  let groupMark = null;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    const container = outers.find((m) => m.s <= a && m.e >= b) || null;
    if (container !== groupMark) {
      groupMark = container;
      if (container) {
        group = markElement(container);
        fragment.append(group);
      } else {
        group = fragment;
      }
    }
    const piece = text.slice(a, b);
    const active = inners.filter((m) => m.s <= a && m.e >= b);
    if (active.length === 0) {
      group.append(document.createTextNode(piece));
    } else {
      const node = markElement({
        className: [...new Set(active.flatMap((m) => m.className.split(' ')))].join(' '),
        title: active.map((m) => m.title).filter(Boolean).join('\n'),
        dataset: Object.assign({}, ...active.map((m) => m.dataset || {})),
      });
      node.textContent = piece;
      group.append(node);
    }
  }
  return fragment;
}

function markElement(mark) {
  return el('mark', { class: mark.className, title: mark.title || null, dataset: mark.dataset });
}
