// Wires the page: the submission form, the result view (#/checks/{id}) and the past checks.

import { submitCheck, getCheck, Problem } from './api.js';
import { el, replace, when } from './dom.js';
import { showProblem, clearProblem } from './problem.js';
import { renderVerdict, verdictSummary } from './fields/verdict.js';
import { renderSite } from './fields/site.js';
import { renderBody } from './fields/body.js';
import { renderClaims } from './fields/claims.js';
import { renderComments } from './fields/comments.js';
import { renderStyle } from './fields/style.js';
import { renderProvenance } from './fields/provenance.js';
import { renderReview } from './review.js';
import { setupHistory } from './history.js';

const MAX_FILE_BYTES = 20 * 1024 * 1024;

const form = document.getElementById('check-form');
const formError = document.getElementById('form-error');
const statusLine = document.getElementById('status');
const resultSection = document.getElementById('result');
const resultBody = document.getElementById('result-body');
const resultHeading = document.getElementById('result-heading');
const submitButton = document.getElementById('submit');
const reloadHistory = setupHistory(document.getElementById('history'));
const fresh = new Map();
let inFlight = null;

function announce(message) {
  statusLine.textContent = message;
}

function articleTitle(report) {
  const input = report.input || {};
  const titleSegment = (report.segments || []).find((s) => s.kind === 'title');
  return input.title || (titleSegment && titleSegment.text) || input.url || report.source || 'Untitled article';
}

function showMode(mode) {
  for (const panel of form.querySelectorAll('[data-mode]')) {
    panel.hidden = panel.dataset.mode !== mode;
  }
  document.getElementById('source-field').hidden = mode === 'url';
}

async function readInput() {
  const data = new FormData(form);
  const mode = String(data.get('mode'));
  const source = String(data.get('source_url') || '').trim();
  const withSource = (input) => (source && mode !== 'url' ? { ...input, source_url: source } : input);
  if (mode === 'url') return { url: String(data.get('url') || '').trim() };
  if (mode === 'html') {
    const file = document.getElementById('input-file').files[0];
    if (!file) throw new Problem(0, { title: 'Choose an HTML file', detail: 'Pick a saved web page (.html) to check, or paste text instead.', code: 'no_file' });
    if (file.size > MAX_FILE_BYTES) throw new Problem(0, { title: 'The file is too large', detail: `${file.name} has ${file.size} bytes; the limit is 20 MB.`, code: 'too_large' });
    return withSource({ html: await file.text(), source: file.name });
  }
  return withSource({ text: String(data.get('text') || '') });
}

function renderResult(id, report, verdicts) {
  const title = articleTitle(report);
  document.title = `${title} – Veracity`;
  resultHeading.textContent = title;
  replace(resultBody,
    el('p', { class: 'result-meta muted', text: [report.input?.domain, report.provenance?.checked_at ? `checked ${when(report.provenance.checked_at)}` : null].filter(Boolean).join(' · ') }),
    el('div', { class: 'result-grid' },
      el('div', { class: 'summary-row' }, renderVerdict(report), renderSite(report)),
      el('div', { class: 'text-row' }, renderBody(report), renderClaims(report)),
      renderComments(report),
      renderStyle(report),
      el('div', { class: 'meta-row' }, renderReview(id, report, announce, verdicts), renderProvenance(report, id))));
  resultSection.hidden = false;
}

async function openCheck(id) {
  clearProblem(formError);
  // A just-submitted check is shown from its POST answer once; later visits fetch it again.
  const cached = fresh.get(id);
  fresh.delete(id);
  try {
    let response = cached;
    if (!response) {
      announce('Loading the check…');
      response = await getCheck(id);
    }
    const report = response.report || response;
    renderResult(id, report, Array.isArray(response.verdicts) ? response.verdicts : []);
    announce(`Check finished: ${articleTitle(report)}. Verdict: ${verdictSummary(report)}.`);
    resultHeading.focus();
  } catch (error) {
    resultSection.hidden = true;
    showProblem(formError, error);
    announce(`Error: ${error.title || error.message}`);
  }
}

function route() {
  const match = /^#\/checks\/(.+)$/.exec(location.hash);
  if (match) openCheck(decodeURIComponent(match[1]));
}

form.addEventListener('change', (event) => {
  if (event.target.name === 'mode') showMode(event.target.value);
});

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearProblem(formError);
  if (inFlight) inFlight.abort();
  inFlight = new AbortController();
  submitButton.disabled = true;
  form.setAttribute('aria-busy', 'true');
  announce('Checking the article…');
  try {
    const input = await readInput();
    const response = await submitCheck(input, inFlight.signal);
    const id = String(response.id);
    fresh.set(id, response);
    if (location.hash === `#/checks/${encodeURIComponent(id)}`) await openCheck(id);
    else location.hash = `#/checks/${encodeURIComponent(id)}`;
    reloadHistory();
  } catch (error) {
    if (error.name !== 'AbortError') {
      showProblem(formError, error);
      announce(`Error: ${error.title || error.message}`);
      formError.focus();
    }
  } finally {
    submitButton.disabled = false;
    form.removeAttribute('aria-busy');
  }
});

window.addEventListener('hashchange', route);
showMode(new FormData(form).get('mode'));
reloadHistory();
route();
