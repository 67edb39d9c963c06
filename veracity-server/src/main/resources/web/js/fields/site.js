// The report's `site`: how public rating lists rate the publishing site, with each list's reason.

import { el, words } from '../dom.js';

/** The source card; explains what an absent rating means. */
export function renderSite(report) {
  const site = report.site;
  const input = report.input || {};
  const heading = el('h3', { id: 'site-heading', text: 'Source rating' });
  const section = (...children) => el('section', { class: 'card', id: 'site', 'aria-labelledby': 'site-heading' }, heading, ...children);
  if (!site) {
    return section(el('p', { class: 'muted', text: input.domain
      ? `The rating lists could not be consulted for ${input.domain}.`
      : 'No source given: add the article’s address as “Source URL” to look its site up in public rating lists.' }));
  }
  const ratings = Array.isArray(site.ratings) ? site.ratings : [];
  return section(
    el('p', {}, el('strong', { class: 'site-domain', text: site.domain }), ': ',
      site.category ? el('span', { class: `category category-${site.category}`, text: words(site.category) })
        : el('span', { class: 'muted', text: 'not rated by any loaded list (which says nothing either way)' })),
    site.bias || site.factuality ? el('p', { text: [site.bias ? `Bias: ${words(site.bias)}` : '', site.factuality ? `Factual reporting: ${words(site.factuality)}` : ''].filter(Boolean).join(' · ') }) : null,
    site.lists_disagree ? el('p', { class: 'notice', text: 'The lists disagree on this site; the first one below decided the category.' }) : null,
    ratings.length === 0 ? null : el('ul', { class: 'ratings' }, ratings.map((r) => el('li', {},
      el('strong', { text: r.list }), r.date ? ` (${r.date})` : '', ': ',
      r.category ? words(r.category) : 'unrated',
      r.reason ? el('div', { text: `Reason: ${r.reason}` }) : null,
      Array.isArray(r.original_labels) && r.original_labels.length > 0 ? el('div', { class: 'muted', text: `List labels: ${r.original_labels.join(', ')}` }) : null))),
    site.note ? el('p', { class: 'muted', text: site.note }) : null);
}
