// Calls to the services through the console's proxy (/api/<service>/v1/...), with the tab's token.
// Every failure becomes an ApiError carrying the problem document, so pages can say what happened and what to do.

import { token } from './session.js';

/** A failed call: status 0 when the console itself could not be reached. */
export class ApiError extends Error {
  constructor(status, problem, path) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
    this.path = path;
    this.service = (/^\/api\/([a-z]+)\//.exec(path) || [])[1] || 'console';
  }
}

function headersFor(accept, extra = {}) {
  const headers = { Accept: accept, ...extra };
  const bearer = token();
  if (bearer) {
    headers.Authorization = `Bearer ${bearer}`;
  }
  return headers;
}

async function call(method, path, { accept = 'application/json', body, headers = {} } = {}) {
  const init = { method, headers: headersFor(accept, headers), cache: 'no-store' };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers['Content-Type'] = 'application/json';
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (networkFailure) {
    throw new ApiError(0, {
      title: 'The console could not be reached',
      detail: `The request did not reach the console (${networkFailure.message}).`,
    }, path);
  }
  if (!response.ok) {
    throw new ApiError(response.status, await problemOf(response), path);
  }
  return response;
}

async function problemOf(response) {
  const text = await response.text();
  try {
    const parsed = JSON.parse(text);
    if (parsed && typeof parsed === 'object') {
      return parsed;
    }
  } catch {
    // not JSON: fall through
  }
  return { title: response.statusText || `HTTP ${response.status}`, detail: text.slice(0, 300) || undefined };
}

/** GET a JSON document: { data, etag }. */
export async function getJson(path) {
  const response = await call('GET', path);
  return { data: await response.json(), etag: response.headers.get('ETag') };
}

/** GET every page of a paged list (next_cursor), at most maxPages pages. */
export async function getAllPages(path, maxPages = 10) {
  const items = [];
  let cursor = null;
  for (let page = 0; page < maxPages; page += 1) {
    const separator = path.includes('?') ? '&' : '?';
    const url = cursor ? `${path}${separator}cursor=${encodeURIComponent(cursor)}` : path;
    const { data } = await getJson(url);
    items.push(...(data.items || []));
    cursor = data.next_cursor;
    if (!cursor) {
      return { items, complete: true };
    }
  }
  return { items, complete: false };
}

/** POST a JSON body; answers the JSON the service created. */
export async function postJson(path, body, headers = {}) {
  const response = await call('POST', path, { body, headers });
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

/**
 * Downloads the CSV form of a report: fetched with the token (a plain link could not send it), then saved from a
 * Blob under the file name the service suggests, or fallbackName.
 */
export async function downloadCsv(path, fallbackName) {
  const response = await call('GET', path, { accept: 'text/csv' });
  const blob = await response.blob();
  const disposition = response.headers.get('Content-Disposition') || '';
  const named = /filename="?([^";]+)"?/i.exec(disposition);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = named ? named[1] : fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  return link.download;
}

/** A random Idempotency-Key, so that a retried feedback post is stored once. */
export function idempotencyKey() {
  if (globalThis.crypto?.randomUUID) {
    return crypto.randomUUID();
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Path segment for an id or a consortium name. */
export function seg(value) {
  return encodeURIComponent(String(value));
}
