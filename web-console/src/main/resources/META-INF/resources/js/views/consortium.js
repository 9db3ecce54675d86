// Consortium analyst: the consortium's needs aggregate as charts, its member libraries and whether their
// assessments are in the pooled set, the pooled recommendations and the pooled needs left unmet.

import { getJson, getAllPages, downloadCsv, seg, ApiError } from '../api.js';
import { h, section, loadInto, table, notice, actionButton, num, pct, money, periodLabel, label, dateTime, flagBadge } from '../ui.js';
import { barChart, pairedChart, shareBar } from '../charts.js';

export function consortiumView(name) {
  const aggregatePath = `/api/assessment/v1/consortia/${seg(name)}/needs-aggregate`;
  const needs = h('div', {});
  const members = h('div', {});
  const pooled = h('div', {});
  const recommendations = getJson(`/api/matching/v1/consortia/${seg(name)}/recommendations`)
    .then(({ data }) => data)
    .catch((error) => {
      if (error instanceof ApiError && error.status === 404) {
        return null;
      }
      throw error;
    });

  loadInto(needs, async () => aggregateContent((await getJson(aggregatePath)).data));
  loadInto(members, async () => membersContent(
    await getAllPages(`/api/assessment/v1/libraries?consortium=${seg(name)}&limit=100`),
    await recommendations.catch(() => undefined)));
  loadInto(pooled, async () => pooledContent(await recommendations, name));

  return h('div', {},
    h('h1', {}, `Consortium: ${name}`),
    h('div', { class: 'actions' },
      actionButton('Download needs aggregate (CSV)', async () =>
        `Saved ${await downloadCsv(aggregatePath, `needs-aggregate-${name}.csv`)}.`)),
    section('needs', 'Needs of the member libraries', needs),
    section('members', 'Member libraries', members),
    section('pooled', 'Pooled recommendations', pooled));
}

function aggregateContent(aggregate) {
  const tiles = h('ul', { class: 'tiles' },
    tile('member libraries', aggregate.member_libraries),
    tile('libraries reporting', aggregate.reporting_libraries),
    tile('completed assessments counted', aggregate.assessments_included),
    tile('needs', aggregate.need_count));
  if (aggregate.need_count === 0) {
    return [tiles, notice('No member library has completed an assessment yet: the charts appear once one has.')];
  }
  const termLegend = [{ kind: 'short', text: 'short term' }, { kind: 'long', text: 'long term' }];
  const byCategory = barChart({
    title: 'Needs by category (short and long term)',
    legend: termLegend,
    rows: aggregate.by_category.map((c) => ({
      label: label(c.category),
      segments: [{ value: c.short_term, kind: 'short' }, { value: c.long_term, kind: 'long' }],
      text: `${num(c.need_count)} needs from ${num(c.library_count)} libraries: ${num(c.short_term)} short, ${num(c.long_term)} long term`,
    })),
  });
  const byType = barChart({
    title: 'Needs by resource type',
    legend: termLegend,
    rows: [...aggregate.by_type].sort((a, b) => b.need_count - a.need_count).map((t) => ({
      label: label(t.type),
      segments: [{ value: t.short_term, kind: 'short' }, { value: t.long_term, kind: 'long' }],
      text: `${num(t.need_count)} needs, ${num(t.library_count)} libraries, average priority ${num(t.average_priority)}`,
    })),
  });
  const horizon = (code) => aggregate.by_horizon.find((x) => x.horizon === code)?.need_count ?? 0;
  const term = shareBar({
    title: 'Short term against long term',
    first: { value: horizon('SHORT_TERM'), text: 'short term needs' },
    second: { value: horizon('LONG_TERM'), text: 'long term needs' },
  });
  const moneyChart = pairedChart({
    title: 'Money asked per period (all types)',
    legend: [{ kind: 'value', text: 'requested' }, { kind: 'gap', text: 'gap (requested minus current capacity)' }],
    rows: moneyByPeriod(aggregate.by_type).map((m) => ({
      label: `${m.currency} ${periodLabel(m.period)}`,
      bars: [
        { value: m.requested, kind: 'value', text: `requested ${money(m.requested, m.currency, m.period)}` },
        { value: m.gap, kind: 'gap', text: `gap ${money(m.gap, m.currency, m.period)}` },
      ],
    })),
  });
  return [tiles, h('div', { class: 'charts' }, byCategory, term, byType, moneyChart)];
}

/** The amounts of every type added up per currency and period (never across them). */
function moneyByPeriod(types) {
  const totals = new Map();
  for (const type of types) {
    for (const amount of type.amounts || []) {
      const key = `${amount.currency}|${amount.period}`;
      const total = totals.get(key) || { currency: amount.currency, period: amount.period, requested: 0, gap: 0 };
      total.requested += amount.requested;
      total.gap += amount.gap;
      totals.set(key, total);
    }
  }
  return [...totals.values()].sort((a, b) => b.requested - a.requested);
}

function membersContent(libraries, recommendations) {
  if (libraries.items.length === 0) {
    return notice('No library belongs to this consortium (or your token is for another consortium).');
  }
  const pooledMembers = new Map((recommendations?.members || []).map((m) => [m.library_id, m]));
  const rows = libraries.items.map((library) => {
    const member = pooledMembers.get(library.id);
    return [
      library.name,
      `${library.city}, ${library.region}`,
      member ? `Completed (revision ${member.revision}), in the pooled set`
        : recommendations === undefined ? 'Unknown: the pooled set could not be read'
          : 'No completed assessment matched yet',
    ];
  });
  return [
    table(`${libraries.items.length} member libraries`, ['Library', 'Place', 'Assessment'], rows),
    libraries.complete ? null : h('p', { class: 'hint' }, 'Only the first 1,000 libraries are shown.'),
  ];
}

function pooledContent(recommendations, name) {
  if (!recommendations) {
    return notice(`There are no pooled recommendations for ${name} yet: they appear once a member library's `
      + 'completed assessment has been matched.');
  }
  const plan = recommendations.coverage_plan;
  return [
    h('p', { class: 'meta' }, `Set ${recommendations.set_version}, generated ${dateTime(recommendations.generated_at)}`,
      recommendations.refresh_pending ? ' — a newer set is being computed' : '',
      `. ${num(recommendations.partners_matched)} partners matched; the plan covers ${pct(plan?.covered_share)} of the pooled weight.`),
    recommendations.recommendations.length === 0 ? notice('No partner covers a pooled need.') : table('Ranked partners for the pooled needs',
      ['Rank', 'Partner', 'Score', 'Coverage', 'Flags', 'Pooled needs covered'],
      recommendations.recommendations.map((r) => [
        String(r.rank),
        [r.partner_name, h('br'), h('span', { class: 'meta' }, label(r.partner_type))],
        num(r.score),
        pct(r.coverage),
        r.flags.length ? r.flags.map(flagBadge) : '—',
        r.covered_needs.map((c) => `${label(c.need_type)} ${pct(c.coverage)}`).join('; '),
      ]), { numeric: [0, 2, 3] }),
    h('h3', {}, 'Pooled needs'),
    table('What the members need together', ['Need', 'Type', 'Pooled', 'Libraries', 'Priority'],
      recommendations.pooled_needs.map((p) => [
        p.pool_key,
        label(p.need_type),
        p.amount !== null ? money(p.amount, p.currency, p.period) : `${num(p.quantity)} ${p.unit || ''}`,
        num(p.libraries),
        num(p.priority),
      ]), { numeric: [3, 4] }),
    h('h3', {}, 'Unmet pooled needs'),
    recommendations.unmet_needs.length === 0 ? notice('Every pooled need is covered by the plan.')
      : table('Pooled needs the plan does not cover', ['Need', 'Type', 'Priority', 'Why', 'Covered'],
        recommendations.unmet_needs.map((u) => [u.pool_key, label(u.need_type), num(u.priority),
          [label(u.reason), h('br'), h('span', { class: 'meta' }, u.detail)], pct(u.covered)]), { numeric: [2, 4] }),
  ];
}

function tile(text, value) {
  return h('li', {}, h('span', { class: 'value' }, num(value)), text);
}
