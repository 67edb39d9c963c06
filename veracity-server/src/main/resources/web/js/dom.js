// Small DOM helpers. Every piece of report or user text goes through text nodes (textContent),
// never through innerHTML, so nothing a submitted article contains can become markup.

/**
 * Creates an element. `attrs` keys: `class`, `text` (text content), `on<event>` (listener),
 * `dataset` (object), `style` (object of CSS properties), `hidden` (boolean); anything else becomes an attribute when not null/false.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = String(value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    // Through the CSSOM, so that a strict Content-Security-Policy (no inline styles) still allows it.
    else if (key === 'style') Object.assign(node.style, value);
    else if (key === 'hidden') node.hidden = Boolean(value);
    else if (key.startsWith('on') && typeof value === 'function') {
      node.addEventListener(key.slice(2), value);
    } else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

/** Appends children: nodes, strings (as text), arrays of either; skips null/undefined/false. */
export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Replaces all children of `parent`. */
export function replace(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

/** A probability in [0, 1] as a whole percentage, e.g. "61%". */
export function percent(p) {
  return `${Math.round(Number(p) * 100)}%`;
}

/** A number with at most `digits` decimals, without trailing zeros. */
export function num(value, digits = 2) {
  const n = Number(value);
  if (!Number.isFinite(n)) return String(value);
  return n.toLocaleString('en', { maximumFractionDigits: digits });
}

/** Lower-case machine names such as `conspiracy_pseudoscience` for a person. */
export function words(id) {
  return String(id ?? '').replaceAll('_', ' ').replaceAll('-', ' ');
}

/** A time stamp in the reader's locale, or the raw string when it does not parse. */
export function when(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? String(iso ?? '') : date.toLocaleString();
}

/** An external link that opens safely; only http(s) addresses become links, others stay text. */
export function link(href, text) {
  try {
    const url = new URL(String(href));
    if (url.protocol === 'http:' || url.protocol === 'https:') {
      return el('a', { href: url.href, rel: 'noopener noreferrer nofollow', target: '_blank', text: text ?? url.href });
    }
  } catch (_ignored) {
    // Not a URL: shown as plain text below.
  }
  return document.createTextNode(text ?? String(href ?? ''));
}

/** A section with a heading and an optional id; returns the section. */
export function card(title, id, ...children) {
  const headingId = id ? `${id}-heading` : undefined;
  return el('section', { class: 'card', id, 'aria-labelledby': headingId },
    el('h3', { id: headingId, text: title }), ...children);
}
