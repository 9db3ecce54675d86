// The console's entry point: a hash router over the views, the header (navigation, who is signed in), and a
// guarantee that every route ends in content or a readable problem — never a blank page.

import * as session from './session.js';
import { h, problemPanel } from './ui.js';
import { signInView } from './views/sign-in.js';
import { openView } from './views/open.js';
import { consortiumView } from './views/consortium.js';
import { libraryView, assessmentView } from './views/library.js';
import { partnerView } from './views/partner.js';

const ROUTES = [
  [/^#\/sign-in$/, () => signInView()],
  [/^#\/open$/, () => openView()],
  [/^#\/consortium\/([^/]+)$/, (m) => consortiumView(decodeURIComponent(m[1]))],
  [/^#\/library\/([^/]+)$/, (m) => libraryView(decodeURIComponent(m[1]))],
  [/^#\/library\/([^/]+)\/assessments\/([^/]+)$/, (m) => assessmentView(decodeURIComponent(m[1]), decodeURIComponent(m[2]))],
  [/^#\/partner\/([^/]+)$/, (m) => partnerView(decodeURIComponent(m[1]))],
];

const main = document.getElementById('main');

function render() {
  signInFromLink();
  const hash = location.hash || '#/';
  const claims = session.claims();
  if (hash === '#/' || hash === '#') {
    const first = claims && session.viewsOf(claims)[0];
    location.replace(first ? first.route : '#/sign-in');
    return;
  }
  if (!claims && hash !== '#/sign-in') {
    location.replace('#/sign-in');
    return;
  }
  renderHeader(claims, hash);
  main.setAttribute('aria-busy', 'true');
  let view;
  try {
    const route = ROUTES.find(([pattern]) => pattern.test(hash));
    view = route ? route[1](hash.match(route[0])) : notFound();
  } catch (error) {
    view = h('div', {}, h('h1', {}, 'This page could not be shown'), problemPanel(error));
  }
  main.replaceChildren(view);
  main.removeAttribute('aria-busy');
  const heading = main.querySelector('h1');
  document.title = `${heading ? heading.textContent : 'Console'} · Smart Library Partnerships`;
  window.scrollTo(0, 0);
  main.focus({ preventScroll: true });
}

/**
 * A development convenience (deploy/local/start prints such links): #/sign-in?token=<jwt> signs in with that token
 * and replaces the address at once, so the token does not stay in the history or the address bar.
 */
function signInFromLink() {
  const match = /^#\/sign-in\?token=([^&]+)$/.exec(location.hash);
  if (!match) {
    return;
  }
  let next = '#/sign-in';
  try {
    const claims = session.signIn(decodeURIComponent(match[1]));
    next = session.viewsOf(claims)[0]?.route || next;
  } catch {
    session.signOut();
  }
  history.replaceState(null, '', next);
}

function notFound() {
  return h('div', {},
    h('h1', {}, 'Page not found'),
    h('div', { class: 'problem', role: 'alert' },
      h('p', {}, 'The console has no page at this address.'),
      h('p', {}, h('a', { href: '#/' }, 'Go to your start page'))));
}

function renderHeader(claims, hash) {
  const nav = document.getElementById('nav');
  const links = claims ? session.viewsOf(claims) : [];
  nav.replaceChildren(...links.map((view) => h('li', {},
    h('a', { href: view.route, 'aria-current': hash.startsWith(view.route) ? 'page' : null }, view.label))),
  h('li', {}, h('a', { href: '#/sign-in', 'aria-current': hash === '#/sign-in' ? 'page' : null }, claims ? 'Token' : 'Sign in')));
  const box = document.getElementById('session');
  if (!claims) {
    box.replaceChildren(h('span', {}, 'Not signed in'));
    return;
  }
  const roles = session.rolesOf(claims);
  box.replaceChildren(
    h('span', {}, `Signed in: ${roles.join(', ') || 'no known role'}`,
      session.isExpired(claims) ? h('strong', {}, ' (token expired)') : null),
    h('button', { type: 'button', onclick: () => { session.signOut(); location.hash = '#/sign-in'; render(); } }, 'Sign out'));
}

document.getElementById('skip-link').addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});
window.addEventListener('hashchange', render);
render();
