// The server's REST API as the page uses it. Every path and header lives here.

const BASE = '/api/v1';
const KEY_STORE = 'veracity.apiKey';

/**
 * An error answer of the API, read from its JSON problem document (RFC 9457 + `code`). Status 0
 * means no HTTP answer: the server was unreachable, or the page refused the input itself.
 */
export class Problem extends Error {
  constructor(status, doc) {
    const title = doc.title || `HTTP ${status}`;
    super(doc.detail ? `${title}: ${doc.detail}` : title);
    this.name = 'Problem';
    this.status = status;
    this.code = doc.code || (status === 0 ? 'network' : `http_${status}`);
    this.title = title;
    this.detail = doc.detail || '';
    this.errors = Array.isArray(doc.errors) ? doc.errors : [];
  }
}

async function request(method, path, { body, apiKey, signal } = {}) {
  const headers = { Accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (apiKey) headers['X-API-Key'] = apiKey;
  let response;
  try {
    response = await fetch(BASE + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new Problem(0, { title: 'The server could not be reached', detail: error.message });
  }
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch (_notJson) {
    json = null;
  }
  if (!response.ok) {
    throw new Problem(response.status, json && typeof json === 'object'
      ? json
      : { title: `HTTP ${response.status} ${response.statusText}`, detail: text.slice(0, 200) });
  }
  return json;
}

/**
 * Submits a check. `input` is one of `{text}`, `{html}` or `{url}`, plus an optional
 * `source_url`. Resolves to `{id, report}`.
 */
export function submitCheck(input, signal) {
  return request('POST', '/checks', { body: input, signal });
}

/** One stored check, `{id, report, …}`. */
export function getCheck(id, signal) {
  return request('GET', `/checks/${encodeURIComponent(id)}`, { signal });
}

/** A page of past checks, newest first. */
export function listChecks(limit, offset, signal) {
  return request('GET', `/checks?limit=${limit}&offset=${offset}`, { signal });
}

/** Records a reviewer's verdict on a check (or one of its claims); needs a reviewer key. */
export function recordVerdict(id, verdict, apiKey) {
  return request('POST', `/checks/${encodeURIComponent(id)}/verdicts`, { body: verdict, apiKey });
}

/** The API key this tab remembers (sessionStorage only: gone when the tab closes). */
export function storedKey() {
  try {
    return sessionStorage.getItem(KEY_STORE) || '';
  } catch (_blocked) {
    return '';
  }
}

/** Remembers (or, with an empty key, forgets) the API key for this tab only. */
export function storeKey(key) {
  try {
    if (key) sessionStorage.setItem(KEY_STORE, key);
    else sessionStorage.removeItem(KEY_STORE);
  } catch (_blocked) {
    // Storage disabled by the browser: the key is then simply not remembered.
  }
}
