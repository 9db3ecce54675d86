// Charts drawn with CSS bars in tables (readable by screen readers, reflowing at any width) and one SVG share
// bar. No library: the numbers are always there as text too.

import { h, num } from './ui.js';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * A horizontal bar chart: rows of { label, segments: [{ value, kind }], text }, bars scaled to the largest row
 * total. kind is a CSS class (short, long, value, gap) named by the legend.
 */
export function barChart({ title, rows, legend = [] }) {
  const max = Math.max(1, ...rows.map((row) => row.segments.reduce((sum, s) => sum + (s.value || 0), 0)));
  return h('figure', { class: 'chart' },
    h('figcaption', {}, title),
    legend.length ? legendList(legend) : null,
    rows.length === 0 ? h('p', { class: 'hint' }, 'Nothing to show yet.') : h('table', { class: 'bars' },
      h('tbody', {}, rows.map((row) => h('tr', {},
        h('th', { scope: 'row' }, row.label),
        h('td', {}, track(row.segments, max), h('span', { class: 'bar-text' }, row.text)))))));
}

/** Bars of one value each, compared side by side (e.g. requested and gap of one currency and period). */
export function pairedChart({ title, rows, legend }) {
  const max = Math.max(1, ...rows.flatMap((row) => row.bars.map((bar) => bar.value || 0)));
  return h('figure', { class: 'chart' },
    h('figcaption', {}, title),
    legendList(legend),
    rows.length === 0 ? h('p', { class: 'hint' }, 'Nothing to show yet.') : h('table', { class: 'bars' },
      h('tbody', {}, rows.map((row) => h('tr', {},
        h('th', { scope: 'row' }, row.label),
        h('td', {}, row.bars.map((bar) => [track([bar], max), h('span', { class: 'bar-text' }, bar.text)])))))));
}

/** A small bar for a value between 0 and 1 (a criterion, a utilization). */
export function meter(value, kind = 'value') {
  const clamped = Math.max(0, Math.min(1, value || 0));
  return track([{ value: clamped, kind }], 1);
}

function track(segments, max) {
  const bar = h('div', { class: 'track', 'aria-hidden': 'true' });
  for (const segment of segments) {
    const part = h('div', { class: `seg ${segment.kind}` });
    part.style.width = `${(100 * (segment.value || 0)) / max}%`;
    bar.append(part);
  }
  return bar;
}

function legendList(legend) {
  return h('ul', { class: 'legend', 'aria-hidden': 'true' },
    legend.map((item) => h('li', {}, h('span', { class: `swatch ${item.kind}` }), item.text)));
}

/** One SVG bar split into two shares (short term and long term), with its numbers in the accessible name. */
export function shareBar({ title, first, second }) {
  const total = Math.max(1, first.value + second.value);
  const firstWidth = (300 * first.value) / total;
  const description = `${first.text}: ${num(first.value)}; ${second.text}: ${num(second.value)}`;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'horizon');
  svg.setAttribute('viewBox', '0 0 300 24');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `${title}. ${description}`);
  svg.append(rect(0, firstWidth, 'short'), rect(firstWidth, 300 - firstWidth, 'long'));
  return h('figure', { class: 'chart' },
    h('figcaption', {}, title),
    svg,
    h('ul', { class: 'legend' },
      h('li', {}, h('span', { class: 'swatch short', 'aria-hidden': 'true' }), `${first.text}: ${num(first.value)}`),
      h('li', {}, h('span', { class: 'swatch long', 'aria-hidden': 'true' }), `${second.text}: ${num(second.value)}`)));
}

function rect(x, width, kind) {
  const shape = document.createElementNS(SVG, 'rect');
  shape.setAttribute('x', String(x));
  shape.setAttribute('y', '0');
  shape.setAttribute('width', String(Math.max(0, width)));
  shape.setAttribute('height', '24');
  shape.setAttribute('class', kind);
  return shape;
}
