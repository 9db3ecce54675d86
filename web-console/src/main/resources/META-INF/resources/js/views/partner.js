// Partner admin: the partner's offerings with freshness and status, the demand on each offering, and the
// libraries whose recommendations name the partner.

import { getJson, getAllPages, downloadCsv, seg, ApiError } from '../api.js';
import { h, section, loadInto, table, notice, actionButton, problemPanel, num, pct, money, label, dateTime, daysAgo, badge, flagBadge } from '../ui.js';
import { meter } from '../charts.js';

export function partnerView(partnerId) {
  const heading = h('h1', {}, 'Partner');
  const profile = h('div', {});
  const offerings = h('div', {});
  const libraries = h('div', {});
  const librariesPath = `/api/matching/v1/partners/${seg(partnerId)}/matching-libraries`;

  const partner = getJson(`/api/partner/v1/partners/${seg(partnerId)}`).then(({ data }) => data);
  loadInto(profile, async () => profileContent(await partner, heading));
  loadInto(offerings, async () => {
    const [loaded, demand] = await Promise.all([partner, demandOf(partnerId)]);
    return offeringsContent(loaded, demand);
  });
  loadInto(libraries, async () => librariesContent(await getAllPages(`${librariesPath}?limit=100`, 5)));

  return h('div', {}, heading, profile,
    section('offerings', 'Offerings and the demand on them', offerings),
    section('libraries', 'Libraries that match you', h('div', { class: 'actions' },
      actionButton('Download matching libraries (CSV)', async () =>
        `Saved ${await downloadCsv(`${librariesPath}?limit=100`, `matching-libraries-${partnerId}.csv`)}.`)), libraries));
}

/** The demand on each offering, or the problem reading it (shown beside the offerings, not instead of them). */
async function demandOf(partnerId) {
  try {
    return (await getJson(`/api/matching/v1/partners/${seg(partnerId)}/demand`)).data;
  } catch (error) {
    if (error instanceof ApiError) {
      return { error };
    }
    throw error;
  }
}

function profileContent(partner, heading) {
  heading.textContent = `Partner: ${partner.name}`;
  document.title = `${heading.textContent} · Smart Library Partnerships`;
  return h('div', {},
    h('p', { class: 'meta' }, `${label(partner.partner_type)} · `,
      partner.verification === 'VERIFIED' ? badge('Verified', 'good') : badge(label(partner.verification), 'warn')),
    h('p', {}, `Listing last confirmed ${daysAgo(partner.last_confirmed_at)} (${dateTime(partner.last_confirmed_at)}). `,
      partner.stale ? [flagBadge('STALE_LISTING'), ' Confirm your listing so libraries see it as current.'] : badge('Fresh', 'good')));
}

function offeringsContent(partner, demand) {
  if (partner.offerings.length === 0) {
    return notice('This partner has no offering yet.');
  }
  const demandById = new Map((demand.offerings || []).map((d) => [d.offering_id, d]));
  const rows = partner.offerings.map((o) => {
    const d = demandById.get(o.id);
    return [
      [label(o.type), o.description ? [h('br'), h('span', { class: 'meta' }, o.description)] : null],
      [badge(label(o.status), o.status === 'ACTIVE' ? 'good' : 'warn'), o.expired ? badge('Expired', 'bad') : null,
        h('br'), h('span', { class: 'meta' }, `updated ${daysAgo(o.updated_at)}`)],
      `${label(o.horizon)}${o.available_from ? `, from ${o.available_from}` : ''}${o.available_until ? ` until ${o.available_until}` : ''}`,
      o.amount !== null ? money(o.amount, o.currency, o.period) : o.quantity !== null ? `${num(o.quantity)} ${o.unit || ''}` : 'not stated',
      demandCell(d, demand.error),
    ];
  });
  return [
    table('Your offerings', ['Offering', 'Status', 'Available', 'Capacity', 'Demand'], rows),
    demand.error ? h('div', {}, h('p', {}, 'The demand could not be read:'), problemPanel(demand.error)) : null,
  ];
}

function demandCell(d, error) {
  if (error) {
    return 'unavailable';
  }
  if (!d || d.libraries === 0) {
    return 'No library asks for it yet';
  }
  return [
    `${num(d.asked)}${d.unit ? ` ${d.unit}` : ''} asked by ${num(d.libraries)} ${d.libraries === 1 ? 'library' : 'libraries'}`,
    d.utilization !== null ? [meter(Math.min(1, d.utilization), d.oversubscribed ? 'gap' : 'value'), ` ${pct(d.utilization)} of capacity`] : null,
    d.oversubscribed ? [' ', flagBadge('OVERSUBSCRIBED')] : null,
  ];
}

function librariesContent({ items, complete }) {
  if (items.length === 0) {
    return notice('No library’s current recommendations name you yet.');
  }
  return [
    table('Libraries whose recommendations name you', ['Library', 'Place', 'Rank', 'Score', 'Needs you cover', 'Their feedback', 'Since'],
      items.map((m) => [m.library_name, `${m.city}, ${m.region}`, `#${m.rank}`, num(m.score),
        m.covered_needs.map((c) => `${label(c.need_type)} ${pct(c.coverage)}`).join('; '),
        m.latest_outcome ? label(m.latest_outcome) : '—', dateTime(m.generated_at)]), { numeric: [2, 3] }),
    complete ? null : h('p', { class: 'hint' }, 'Only the first 500 libraries are shown.'),
  ];
}
