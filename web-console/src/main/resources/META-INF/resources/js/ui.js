// Small DOM helpers shared by the views: element building, readable problems, formats and labels.

/** h('p', { class: 'x' }, 'text', child): an element; attributes starting with "on" become listeners. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'class') {
      element.className = value;
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) {
      continue;
    }
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** A section with a heading (its id labels the region). */
export function section(id, title, ...children) {
  return h('section', { 'aria-labelledby': `${id}-heading`, id }, h('h2', { id: `${id}-heading` }, title), ...children);
}

/** A placeholder that loads its content: shows progress, then the content or a readable problem. */
export function loadInto(container, load) {
  container.replaceChildren(h('p', { class: 'loading', role: 'status' }, 'Loading…'));
  container.setAttribute('aria-busy', 'true');
  return Promise.resolve()
    .then(load)
    .then((content) => container.replaceChildren(...[content].flat(Infinity).filter((part) => part !== null && part !== undefined && part !== false)))
    .catch((error) => container.replaceChildren(problemPanel(error)))
    .finally(() => container.removeAttribute('aria-busy'));
}

const ADVICE = {
  0: 'Check that the console is still running and your network is up, then try again.',
  400: 'The request was refused as invalid. If you typed a value, check it; otherwise reload the page.',
  401: 'Your token was refused: it may have expired or come from an issuer the services do not trust. Sign in again with a fresh token.',
  403: 'Your role may not see or do this. Sign in with a token of a role that may (see the roles table in the README).',
  404: 'It does not exist, or it belongs to another library, consortium or partner (the services answer both the same way). Check the link, or go back to your own view.',
  409: 'Someone changed it at the same time. Reload the page and try again.',
  412: 'It changed since you loaded it. Reload the page and try again.',
  422: 'The service could not accept this as it stands. Read the detail above.',
  428: 'The service needs to know which version you are changing. Reload the page and try again.',
  502: 'The console could not reach this service. It may be starting or stopped; try again in a moment.',
  504: 'The service did not answer in time. Try again in a moment.',
};

/** A readable problem: what happened (the problem's title and detail), its status, and what to do. */
export function problemPanel(error) {
  const status = error?.status ?? -1;
  const problem = error?.problem || {};
  const service = error?.service && error.service !== 'console' ? `${error.service}-service` : 'the console';
  const title = status === 0 ? 'The console could not be reached'
    : problem.title || (status > 0 ? `The request failed (${status})` : 'Something went wrong');
  const advice = ADVICE[status] || (status >= 500 ? `${service} had a problem. Try again in a moment; if it persists, tell the platform team.` : 'Try again, or reload the page.');
  const panel = h('div', { class: 'problem', role: 'alert' },
    h('p', { class: 'problem-title' }, title),
    problem.detail ? h('p', {}, problem.detail) : (status < 0 && error?.message ? h('p', {}, error.message) : null),
    h('p', {}, advice),
    status > 0 ? h('p', { class: 'status' }, `HTTP ${status} from ${service}`) : null);
  if (status === 401 || status === 403) {
    panel.append(h('p', {}, h('a', { href: '#/sign-in' }, 'Go to sign-in')));
  }
  if (Array.isArray(problem.errors) && problem.errors.length) {
    panel.append(h('ul', {}, problem.errors.map((e) => h('li', {}, `${e.field}: ${e.message}`))));
  }
  return panel;
}

export function notice(...children) {
  return h('div', { class: 'notice', role: 'status' }, ...children);
}

export function table(caption, headings, rows, { numeric = [] } = {}) {
  return h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': caption },
    h('table', { class: 'data' },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, headings.map((heading, i) =>
        h('th', { scope: 'col', class: numeric.includes(i) ? 'num' : null }, heading)))),
      h('tbody', {}, rows.map((cells) => h('tr', {}, cells.map((cell, i) =>
        h('td', { class: numeric.includes(i) ? 'num' : null }, cell)))))));
}

/** A button that shows progress while its action runs and a problem if it fails. */
export function actionButton(label, action, { secondary = false } = {}) {
  const result = h('span', { class: 'action-result', 'aria-live': 'polite' });
  const button = h('button', { type: 'button', class: secondary ? 'secondary' : null }, label);
  button.addEventListener('click', async () => {
    button.disabled = true;
    result.replaceChildren(h('span', { class: 'loading' }, ' Working…'));
    try {
      const message = await action();
      result.replaceChildren(message ? h('span', { class: 'hint' }, ` ${message}`) : '');
    } catch (error) {
      result.replaceChildren(problemPanel(error));
    } finally {
      button.disabled = false;
    }
  });
  return h('span', { class: 'action' }, button, result);
}

// --- formats ---

const numbers = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });

export function num(value) {
  return value === null || value === undefined ? '—' : numbers.format(value);
}

export function pct(value) {
  return value === null || value === undefined ? '—' : percent.format(value);
}

export function money(amount, currency, period) {
  if (amount === null || amount === undefined) {
    return '—';
  }
  let text;
  try {
    text = new Intl.NumberFormat('en', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
  } catch {
    text = `${numbers.format(amount)} ${currency || ''}`.trim();
  }
  return period ? `${text} ${periodLabel(period)}` : text;
}

export function periodLabel(period) {
  return { ONE_TIME: 'one time', MONTH: 'per month', YEAR: 'per year' }[period] || (period || '').toLowerCase();
}

export function dateTime(value) {
  if (!value) {
    return '—';
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? String(value) : date.toLocaleString('en', { dateStyle: 'medium', timeStyle: 'short' });
}

export function daysAgo(value) {
  if (!value) {
    return 'never';
  }
  const days = Math.floor((Date.now() - new Date(value).getTime()) / 86400000);
  return days <= 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`;
}

const LABELS = { IT_COMPANY: 'IT company', 'TECHNOLOGY.AI_DATA': 'Technology: AI and data', AI_DATA: 'AI and data' };

/** "TECHNOLOGY.ROBOTICS" → "Technology: robotics"; "SHORT_TERM" → "Short term". */
export function label(code) {
  if (!code) {
    return '—';
  }
  if (LABELS[code]) {
    return LABELS[code];
  }
  const words = (part) => part.toLowerCase().replace(/_/g, ' ');
  const [first, second] = String(code).split('.');
  const text = second ? `${words(first)}: ${words(second)}` : words(first);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// --- flags ---

const FLAGS = {
  STALE_LISTING: ['Stale listing', 'The partner has not confirmed its listing recently.', 'warn'],
  UNVERIFIED: ['Unverified', 'The platform has not verified this partner yet.', 'warn'],
  STARTS_LATER: ['Starts later', 'The offering becomes available after the need starts.', 'warn'],
  ENDS_EARLY: ['Ends early', 'The offering ends before the need does.', 'warn'],
  PARTIAL_COVER: ['Partial cover', 'The offering covers only part of the need.', 'warn'],
  CONDITIONS_TO_REVIEW: ['Conditions to review', 'The offering comes with conditions to read before accepting.', 'warn'],
  CONDITION_COST: ['Condition cost', 'A condition asks something of the library, such as matching funds.', 'warn'],
  CAPACITY_NOT_STATED: ['Capacity not stated', 'The partner did not say how much it offers.', 'info'],
  OVERSUBSCRIBED: ['Oversubscribed', 'More is asked of this offering than it has.', 'bad'],
  VIA_CONSORTIUM: ['Via consortium', 'Reached through the consortium’s pooled needs.', 'info'],
};

export function flagBadge(flag) {
  const [text, meaning, tone] = FLAGS[flag] || [label(flag), '', 'info'];
  return h('span', { class: `badge ${tone}`, title: meaning }, text,
    meaning ? h('span', { class: 'visually-hidden' }, `: ${meaning}`) : null);
}

export function badge(text, tone = 'info') {
  return h('span', { class: `badge ${tone}` }, text);
}
