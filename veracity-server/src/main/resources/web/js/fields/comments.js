// The report's `comments`: readers' comments with calibrated spam probabilities and cues.

import { el, percent } from '../dom.js';
import { highlight } from '../highlight.js';
import { claimMarks } from './claims.js';

function commentMarks(comment) {
  return (comment.cues || []).filter((c) => c.span).map((c) => ({
    start: c.span.start,
    end: c.span.end,
    className: 'hl hl-cue',
    title: c.description,
  }));
}

/** The comments card: one entry per comment, spam flagged in words as well as colour. */
export function renderComments(report) {
  const judged = report.comments && Array.isArray(report.comments.comments) ? report.comments.comments : [];
  const segments = (report.segments || []).filter((s) => s.kind === 'comment');
  const claims = claimMarks(report, 'comments');
  const spam = judged.filter((c) => c.spam).length;
  return el('section', { class: 'card', id: 'comments', 'aria-labelledby': 'comments-heading' },
    el('h3', { id: 'comments-heading', text: `Readers' comments (${judged.length})` }),
    judged.length === 0 ? el('p', { class: 'muted', text: 'No readers\u2019 comments were found in the page.' })
      : el('p', { text: `${spam} flagged as spam, ${judged.length - spam} not spam. Comments never feed the article’s signals.` }),
    el('ol', { class: 'comments' }, judged.map((comment) => {
      const segment = segments.find((s) => s.start === comment.start && s.end === comment.end);
      const author = comment.author || (segment && segment.attribution);
      const body = segment ? highlight(segment.text, segment.start, claims, commentMarks(comment))
        : document.createTextNode('(text not available)');
      return el('li', { class: `comment${comment.spam ? ' is-spam' : ''}`, style: { marginInlineStart: `${Math.min(comment.depth || 0, 4) * 1.25}rem` } },
        el('div', { class: 'comment-head' },
          el('span', { class: `spam-flag ${comment.spam ? 'spam' : 'not-spam'}`, text: comment.spam ? 'Spam' : 'Not spam' }),
          el('span', { class: 'muted', text: ` ${percent(comment.spam_probability)} spam probability${author ? ` · ${author}` : ''}${comment.depth ? ` · reply (depth ${comment.depth})` : ''}` })),
        el('p', { class: 'comment-text' }, body),
        (comment.cues || []).length === 0 ? null : el('ul', { class: 'cue-list', 'aria-label': 'Spam cues' },
          comment.cues.map((c) => el('li', { text: c.description }))));
    })));
}
