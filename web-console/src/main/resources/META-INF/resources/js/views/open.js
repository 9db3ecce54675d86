// For portal and platform-admin tokens, which read across tenants: open any consortium, library or partner view.

import { h } from '../ui.js';

export function openView() {
  return h('div', {},
    h('h1', {}, 'Open a view'),
    h('p', {}, 'Your role reads across libraries, consortia and partners. Choose what to look at.'),
    opener('consortium', 'Consortium name', 'e.g. North Shore Libraries', (v) => `#/consortium/${encodeURIComponent(v)}`),
    opener('library', 'Library id', 'a UUID', (v) => `#/library/${encodeURIComponent(v)}`),
    opener('partner', 'Partner id', 'a UUID', (v) => `#/partner/${encodeURIComponent(v)}`));
}

function opener(id, text, hint, routeOf) {
  const input = h('input', { id: `open-${id}`, name: id, type: 'text', required: true, 'aria-describedby': `open-${id}-hint` });
  const form = h('form', {},
    h('label', { for: `open-${id}` }, text),
    h('p', { class: 'hint', id: `open-${id}-hint` }, hint),
    input,
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, `Open ${id}`)));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (input.value.trim()) {
      location.hash = routeOf(input.value.trim());
    } else {
      input.focus();
    }
  });
  return h('section', { 'aria-labelledby': `open-${id}-heading` }, h('h2', { id: `open-${id}-heading` }, `A ${id}`), form);
}
