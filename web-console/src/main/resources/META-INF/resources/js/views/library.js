// Library staff: the library's assessments and their status; for a completed one, the ranked recommendations
// with each partner's explanation, the coverage plan, unmet needs, changes since the previous set, and feedback.

import { getJson, getAllPages, postJson, downloadCsv, idempotencyKey, seg, ApiError } from '../api.js';
import {
  h, section, loadInto, table, notice, actionButton, problemPanel, num, pct, money, label, dateTime, flagBadge, badge,
} from '../ui.js';
import { meter } from '../charts.js';

export function libraryView(libraryId) {
  const about = h('div', {});
  const assessments = h('div', {});
  const heading = h('h1', {}, 'Library');
  loadInto(about, async () => {
    const { data: library } = await getJson(`/api/assessment/v1/libraries/${seg(libraryId)}`);
    heading.textContent = `Library: ${library.name}`;
    document.title = `${heading.textContent} · Smart Library Partnerships`;
    return h('p', { class: 'meta' }, `${library.city}, ${library.region}`,
      library.consortium ? ` · member of ${library.consortium}` : ' · in no consortium');
  });
  loadInto(assessments, async () => {
    const { items, complete } = await getAllPages(`/api/assessment/v1/assessments?library_id=${seg(libraryId)}&limit=100`, 5);
    if (items.length === 0) {
      return notice('This library has no assessment yet.');
    }
    return [
      table('Assessments, newest first', ['Assessment', 'Status', 'Revision', 'Needs', 'Completed'],
        items.map((a) => [
          h('a', { href: `#/library/${seg(libraryId)}/assessments/${seg(a.id)}` }, a.title),
          statusBadge(a.status),
          `${a.revision} of ${a.latest_revision}`,
          num(a.need_count),
          dateTime(a.completed_at),
        ]), { numeric: [3] }),
      complete ? null : h('p', { class: 'hint' }, 'Only the newest 500 assessments are shown.'),
    ];
  });
  return h('div', {}, heading, about, section('assessments', 'Assessments', assessments));
}

export function assessmentView(libraryId, assessmentId) {
  const heading = h('h1', {}, 'Assessment');
  const body = h('div', {});
  loadInto(body, async () => {
    const { data: assessment } = await getJson(`/api/assessment/v1/assessments/${seg(assessmentId)}`);
    heading.textContent = `Assessment: ${assessment.title}`;
    document.title = `${heading.textContent} · Smart Library Partnerships`;
    const needsById = new Map((assessment.needs || []).map((need) => [need.id, need]));
    const recommendations = h('div', {});
    if (assessment.status === 'COMPLETED') {
      loadRecommendations(recommendations, assessmentId, needsById);
    } else {
      recommendations.append(notice('This assessment is a draft: recommendations come once it is completed.'));
    }
    return [
      h('p', { class: 'meta' }, statusBadge(assessment.status),
        ` Revision ${assessment.revision} of ${assessment.latest_revision} · ${assessment.library?.name ?? ''}`),
      section('needs', 'Needs', needsTable(assessment.needs || []), h('div', { class: 'actions' },
        actionButton('Download needs (CSV)', async () => `Saved ${await downloadCsv(
          `/api/assessment/v1/assessments/${seg(assessmentId)}/needs`, `needs-${assessmentId}.csv`)}.`))),
      section('recommendations', 'Recommendations', recommendations),
    ];
  });
  return h('div', {},
    h('p', {}, h('a', { href: `#/library/${seg(libraryId)}` }, '← All assessments of the library')),
    heading, body);
}

function needsTable(needs) {
  if (needs.length === 0) {
    return notice('No needs recorded.');
  }
  return table('Needs of this revision', ['Need', 'Type', 'Horizon', 'Priority', 'Requested'],
    needs.map((need) => [need.description || label(need.type), label(need.type), label(need.horizon), num(need.priority),
      need.amount !== null && need.amount !== undefined ? money(need.amount, need.currency, need.period)
        : `${num(need.quantity)} ${need.unit || ''}`]), { numeric: [3] });
}

function loadRecommendations(container, assessmentId, needsById) {
  const path = `/api/matching/v1/assessments/${seg(assessmentId)}/recommendations`;
  const again = () => actionButton('Check again', async () => loadRecommendations(container, assessmentId, needsById), { secondary: true });
  return loadInto(container, async () => {
    let set;
    try {
      set = (await getJson(path)).data;
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) {
        return [notice('Matching has not produced recommendations for this assessment yet (it runs shortly after '
          + 'completion).'), again()];
      }
      throw error;
    }
    if (set.status === 'PENDING') {
      return [notice(`Revision ${set.revision} is being matched. Check again in a moment.`), again()];
    }
    return readyContent(set, assessmentId, needsById, path);
  });
}

function readyContent(set, assessmentId, needsById, path) {
  const needName = (id) => {
    const need = needsById.get(id);
    return need ? need.description || label(need.type) : id;
  };
  return [
    h('p', { class: 'meta' }, `Set ${set.recommendation_set_version} for revision ${set.revision}, generated `
      + `${dateTime(set.generated_at)} (${label(set.trigger)}). ${num(set.partners_matched)} partners matched.`),
    set.refresh_pending ? notice('A newer set is being computed; this one stays valid until it is stored.') : null,
    h('div', { class: 'actions' }, actionButton('Download recommendations (CSV)', async () =>
      `Saved ${await downloadCsv(path, `recommendations-${assessmentId}.csv`)}.`)),
    h('h3', { id: 'ranked-heading' }, 'Ranked partners'),
    set.recommendations.length === 0 ? notice('No partner matches the needs of this revision.')
      : h('ol', { class: 'cards', 'aria-labelledby': 'ranked-heading' },
        set.recommendations.map((r, index) => recommendationCard(r, index, assessmentId, needName))),
    h('h3', {}, 'Coverage plan'),
    planContent(set.coverage_plan, needName),
    h('h3', {}, 'Unmet needs'),
    set.unmet_needs.length === 0 ? notice('The plan covers every need.')
      : table('Needs the plan does not cover', ['Need', 'Priority', 'Why', 'Covered'],
        set.unmet_needs.map((u) => [needName(u.need_id), num(u.priority),
          [label(u.reason), h('br'), h('span', { class: 'meta' }, u.detail)], pct(u.covered)]), { numeric: [1, 3] }),
    set.alternatives.length ? [h('h3', {}, 'Alternatives of a related type'),
      h('ul', {}, set.alternatives.map((a) => h('li', {}, `${a.partner_name}: ${a.text}`)))] : null,
    set.via_consortium.length ? [h('h3', {}, 'Reached through your consortium'),
      h('ul', {}, set.via_consortium.map((v) => h('li', {}, `${v.partner_name} (${v.consortium}): ${v.text}`)))] : null,
    h('h3', {}, 'Changes since the previous set'),
    changesContent(set.changes),
  ];
}

function recommendationCard(r, index, assessmentId, needName) {
  const id = `rec-${index}`;
  return h('li', { class: 'card', 'aria-labelledby': `${id}-name` },
    h('h4', { id: `${id}-name`, class: 'card-title' }, `${r.rank}. ${r.partner_name}`),
    h('p', { class: 'meta' }, `${label(r.partner_type)} · `, verificationBadge(r.verification),
      ` · score ${num(r.score)} · covers ${pct(r.coverage)} · match quality ${pct(r.match_quality)}`),
    r.flags.length ? h('p', {}, h('span', { class: 'visually-hidden' }, 'Flags: '), r.flags.map(flagBadge)) : null,
    h('p', { class: 'criteria-title' }, h('strong', {}, 'Why this partner')),
    h('ul', { class: 'criteria' }, r.explanation.map((item) => h('li', { class: 'criterion' },
      h('span', {}, label(item.criterion), h('span', { class: 'visually-hidden' }, ` ${pct(item.value)}`)),
      meter(item.value),
      h('p', {}, `${item.text} (${pct(item.value)}, weight ${num(item.weight)})`)))),
    h('details', {},
      h('summary', {}, `Needs covered (${r.covered_needs.length})`),
      h('ul', {}, r.covered_needs.map((c) => h('li', {}, `${needName(c.need_id)}: ${pct(c.coverage)} by ${label(c.offering_type)}`,
        c.flags.length ? [' ', c.flags.map(flagBadge)] : null)))),
    feedbackForm(id, r, assessmentId));
}

const OUTCOMES = [['CONTACTED', 'Contacted'], ['ENGAGED', 'Engaged'], ['DECLINED', 'Declined']];
const REASONS = ['NOT_RELEVANT', 'INSUFFICIENT_CAPACITY', 'CONDITIONS_UNACCEPTABLE', 'TIMING', 'NO_RESPONSE',
  'CHOSE_OTHER_PARTNER', 'OTHER'];

function feedbackForm(id, r, assessmentId) {
  const path = `/api/matching/v1/assessments/${seg(assessmentId)}/recommendations/${seg(r.partner_id)}/feedback`;
  const reason = h('select', { id: `${id}-reason`, name: 'decline_reason', disabled: true },
    h('option', { value: '' }, 'Choose a reason'), REASONS.map((code) => h('option', { value: code }, label(code))));
  const note = h('textarea', { id: `${id}-note`, name: 'note', maxlength: '2000', class: 'note' });
  const result = h('div', { 'aria-live': 'polite' });
  const history = h('div', {});
  const historyBox = h('details', {}, h('summary', {}, 'Feedback recorded'), history);
  historyBox.addEventListener('toggle', () => {
    if (historyBox.open) {
      loadInto(history, () => historyContent(path));
    }
  });
  const outcomes = h('fieldset', {},
    h('legend', {}, `Your contact with ${r.partner_name}`),
    OUTCOMES.map(([value, text]) => h('label', {},
      h('input', { type: 'radio', name: `${id}-outcome`, value, onchange: () => { reason.disabled = value !== 'DECLINED'; } }),
      text)));
  const form = h('form', { class: 'feedback', 'aria-label': `Feedback on ${r.partner_name}` },
    outcomes,
    h('label', { for: `${id}-reason` }, 'Reason for declining'),
    reason,
    h('label', { for: `${id}-note` }, 'Note (optional)'),
    note,
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Save feedback')),
    result);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const outcome = form.querySelector(`input[name="${id}-outcome"]:checked`)?.value;
    const missing = !outcome ? 'Choose contacted, engaged or declined.'
      : outcome === 'DECLINED' && !reason.value ? 'Choose why you declined.' : null;
    if (missing) {
      result.replaceChildren(h('p', { class: 'problem', role: 'alert' }, missing));
      return;
    }
    const body = { outcome };
    if (outcome === 'DECLINED') {
      body.decline_reason = reason.value;
    }
    if (note.value.trim()) {
      body.note = note.value.trim();
    }
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    result.replaceChildren(h('p', { class: 'loading' }, 'Saving…'));
    try {
      const saved = await postJson(path, body, { 'Idempotency-Key': idempotencyKey() });
      result.replaceChildren(h('p', { class: 'success', role: 'status' },
        `Saved: ${label(saved.outcome)}${saved.decline_reason ? ` (${label(saved.decline_reason)})` : ''} on ${dateTime(saved.recorded_at)}.`));
      historyBox.open = true;
      loadInto(history, () => historyContent(path));
    } catch (error) {
      result.replaceChildren(problemPanel(error));
    } finally {
      button.disabled = false;
    }
  });
  return h('div', {}, form, historyBox);
}

async function historyContent(path) {
  const { data } = await getJson(`${path}?limit=10`);
  if (data.items.length === 0) {
    return h('p', { class: 'hint' }, 'No feedback recorded yet.');
  }
  return h('ul', { class: 'history' }, data.items.map((f) => h('li', {},
    `${dateTime(f.recorded_at)}: ${label(f.outcome)}`,
    f.decline_reason ? ` (${label(f.decline_reason)})` : '',
    f.note ? ` — ${f.note}` : '',
    ` · set ${f.recommendation_set_version}`)));
}

function planContent(plan, needName) {
  if (!plan || plan.partners.length === 0) {
    return notice('No plan: no partner covers a need.');
  }
  return [
    h('p', {}, `The plan covers ${pct(plan.covered_share)} of the needs' weight with ${plan.partners.length} partners.`),
    table('Partners in the plan', ['Partner', 'Adds', 'Needs', 'Asked of its offerings'],
      plan.partners.map((p) => [
        [p.partner_name, p.balanced_instead_of ? [h('br'), h('span', { class: 'meta' }, p.balanced_instead_of.text)] : null],
        pct(p.added_weight / (plan.total_weight || 1)),
        p.need_ids.map(needName).join('; '),
        p.asks.map((a) => `${num(a.quantity)} for ${needName(a.need_id)}`).join('; ') || '—',
      ]), { numeric: [1] }),
  ];
}

function changesContent(changes) {
  if (!changes || changes.compared_with_set_version === null) {
    return notice('This is the first set for this assessment: nothing to compare with.');
  }
  const rank = (value) => (value === null ? '—' : `#${value}`);
  const lines = [
    ...changes.partners_added.map((c) => `New: ${c.partner_name} at ${rank(c.rank)}`),
    ...changes.partners_removed.map((c) => `No longer recommended: ${c.partner_name} (was ${rank(c.previous_rank)})`),
    ...changes.rank_changes.map((c) => `${c.partner_name}: ${rank(c.previous_rank)} → ${rank(c.rank)}`),
    ...changes.via_consortium_added.map((c) => `Now reached through the consortium: ${c.partner_name}`),
    ...changes.via_consortium_removed.map((c) => `No longer reached through the consortium: ${c.partner_name}`),
  ];
  return [
    h('p', { class: 'meta' }, `Compared with set ${changes.compared_with_set_version}`
      + (changes.compared_with_revision !== null ? ` (revision ${changes.compared_with_revision})` : '') + '.'),
    lines.length ? h('ul', {}, lines.map((line) => h('li', {}, line))) : h('p', {}, 'No partner changed.'),
  ];
}

function statusBadge(status) {
  return status === 'COMPLETED' ? badge('Completed', 'good') : badge(label(status), 'info');
}

function verificationBadge(state) {
  return state === 'VERIFIED' ? badge('Verified', 'good') : state === 'REJECTED' ? badge('Rejected', 'bad') : badge(label(state), 'warn');
}
