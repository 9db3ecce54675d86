// Sign-in: paste a bearer token (like Swagger UI's Authorize). It is kept for this tab only; its claims choose
// the views. The services verify it on every call, the console does not.

import * as session from '../session.js';
import { h, dateTime, table } from '../ui.js';

export function signInView() {
  const claims = session.claims();
  const error = h('div', { id: 'token-error', 'aria-live': 'assertive' });
  const field = h('textarea', {
    id: 'token', name: 'token', autocomplete: 'off', spellcheck: 'false', required: true,
    'aria-describedby': 'token-hint token-error',
  });
  const form = h('form', { novalidate: true },
    h('label', { for: 'token' }, 'Bearer token'),
    h('p', { class: 'hint', id: 'token-hint' },
      'Paste the access token your identity provider issued (with or without "Bearer "). ',
      'For the local demo, deploy/local/start prints one per role.'),
    field,
    error,
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Sign in')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const problem = check(field.value);
    if (problem) {
      field.setAttribute('aria-invalid', 'true');
      error.replaceChildren(h('p', { class: 'problem', role: 'alert' }, problem));
      field.focus();
      return;
    }
    const signedIn = session.signIn(field.value);
    const first = session.viewsOf(signedIn)[0];
    location.hash = first.route;
  });
  return h('div', {},
    h('h1', {}, 'Sign in'),
    claims ? current(claims) : null,
    h('section', { 'aria-labelledby': 'paste-heading' },
      h('h2', { id: 'paste-heading' }, claims ? 'Use another token' : 'Paste your token'),
      form),
    h('p', { class: 'hint' }, 'The token stays in this browser tab (session storage) and is sent only to this console, ',
      'which passes it to the services. Closing the tab forgets it.'));
}

/** Why this text cannot be used as a token, or null. */
function check(text) {
  if (!text.trim()) {
    return 'Paste a token first.';
  }
  let claims;
  try {
    claims = session.decode(text.trim().replace(/^Bearer\s+/i, ''));
  } catch (failure) {
    return failure.message;
  }
  if (session.isExpired(claims)) {
    return `This token expired on ${dateTime(claims.exp * 1000)}. Get a fresh one and paste it again.`;
  }
  if (session.rolesOf(claims).length === 0) {
    return `This token has no role the console knows (its groups claim: ${JSON.stringify(claims.groups ?? null)}). `
      + `The console serves: ${session.ROLES.join(', ')}.`;
  }
  if (session.viewsOf(claims).length === 0) {
    return 'This token has a role but not the claim that names its library, consortium or partner '
      + '(library_id, consortium_id or partner_id).';
  }
  return null;
}

function current(claims) {
  const rows = [
    ['Roles (groups)', session.rolesOf(claims).join(', ') || '—'],
    ['Subject', claims.sub ?? '—'],
    ['Library (library_id)', claims.library_id ?? '—'],
    ['Consortium (consortium_id)', claims.consortium_id ?? '—'],
    ['Partner (partner_id)', claims.partner_id ?? '—'],
    ['Issuer', claims.iss ?? '—'],
    ['Expires', claims.exp ? dateTime(claims.exp * 1000) + (session.isExpired(claims) ? ' (expired)' : '') : '—'],
  ];
  return h('section', { 'aria-labelledby': 'current-heading' },
    h('h2', { id: 'current-heading' }, 'You are signed in'),
    table('What your token says (read by the console, verified by the services)', ['Claim', 'Value'], rows),
    h('ul', {}, session.viewsOf(claims).map((view) => h('li', {}, h('a', { href: view.route }, `Open the ${view.label.toLowerCase()} view`)))));
}
