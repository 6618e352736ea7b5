// What the panel and the card show, built with DOM calls and textContent only: text from the
// article or the reference is never parsed as HTML, so pasted markup stays text.
import { VERDICTS } from './painter.js';

const VERDICT_ORDER = ['conflicting', 'outdated', 'unverified', 'consistent'];
const VERDICT_TITLES = {
  conflicting: 'Conflicting',
  outdated: 'Outdated',
  unverified: 'Unverified',
  consistent: 'Consistent',
};
const LINE_STYLES = { consistent: 'solid', outdated: 'dashed', conflicting: 'wavy', unverified: 'dotted' };

/** Creates `tag` with attributes and children (strings become text nodes). */
export function h(doc, tag, attrs = {}, ...children) {
  const el = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k === 'class') el.className = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c == null || c === false) continue;
    el.append(typeof c === 'string' || typeof c === 'number' ? doc.createTextNode(String(c)) : c);
  }
  return el;
}

const number = (v) => (v == null ? '' : Number.isInteger(v) ? v.toLocaleString('en-GB') : String(v));
const shortDate = (iso) =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "14 figures: 10 consistent, 2 outdated, 1 conflicting, 1 unverified · 28 Aug 2025 strike on Kyiv (93%)" */
export function summaryText(report) {
  const n = report.figures.length;
  const counts = VERDICTS.map((v) => `${report.figures.filter((f) => f.verdict === v).length} ${v}`);
  const figures = `${n} figure${n === 1 ? '' : 's'}: ${counts.join(', ')}`;
  const claims = `${report.claims.length} claim${report.claims.length === 1 ? '' : 's'}`;
  const incident = report.incident
    ? `${shortDate(report.incident.date)} ${report.incident.title.match(/strike on [^,]+/)?.[0] ?? report.incident.title} (${Math.round(report.incident.confidence * 100)}%)`
    : 'no incident in the reference set matches';
  return `${figures} · ${incident} · ${claims}`;
}

/** The findings of a report, figures then claims, each with what the panel and card need. */
export function findingsOf(report) {
  const figures = report.figures.map((f, index) => ({
    kind: 'figure', index, start: f.start, end: f.end, text: f.text, verdict: f.verdict, category: f.category, data: f,
  }));
  const claims = report.claims.map((c, index) => ({
    kind: 'claim', index, start: c.start, end: c.end, text: c.text, verdict: c.verdict ?? 'unchecked', category: 'claim', data: c,
  }));
  return [...figures, ...claims];
}

function describeFigure(f) {
  const parts = [f.category];
  if (f.group) parts.push(f.group);
  if (f.subtype) parts.push(f.subtype);
  if (f.scope && f.category !== 'date') parts.push(f.scope);
  return parts.join(' · ');
}

/** The panel's list: figures grouped by verdict, then claims. Returns the list's buttons in order. */
export function renderGroups(doc, container, findings) {
  container.replaceChildren();
  const buttons = [];
  const item = (finding, label, meta, sampleClass) => {
    const button = h(doc, 'button', {
      type: 'button',
      'data-finding': true,
      'data-kind': finding.kind,
      'data-verdict': finding.verdict,
      'data-category': finding.category,
      'data-start': finding.start,
      'data-end': finding.end,
      'aria-describedby': null,
    }, h(doc, 'span', { class: `sample ${sampleClass}`, 'aria-hidden': 'true' }), h(doc, 'span', { class: 'quote' }, label), h(doc, 'span', { class: 'meta' }, meta));
    button.finding = finding;
    buttons.push(button);
    return h(doc, 'li', {}, button);
  };
  const figures = findings.filter((f) => f.kind === 'figure');
  for (const verdict of VERDICT_ORDER) {
    const group = figures.filter((f) => f.verdict === verdict);
    if (!group.length) continue;
    container.append(
      h(doc, 'h2', { id: `group-${verdict}` }, `${VERDICT_TITLES[verdict]} (${group.length})`),
      h(doc, 'ul', { 'aria-labelledby': `group-${verdict}` }, group.map((f) =>
        item(f, f.text, `${verdict} · ${describeFigure(f.data)}`, `v-${verdict}`))),
    );
  }
  const claims = findings.filter((f) => f.kind === 'claim');
  if (claims.length) {
    container.append(
      h(doc, 'h2', { id: 'group-claims' }, `Claims (${claims.length})`),
      h(doc, 'ul', { 'aria-labelledby': 'group-claims' }, claims.map((c) => {
        const label = c.text.length > 90 ? `${c.text.slice(0, 88)}…` : c.text;
        const meta = [c.data.kinds.join(', '), `check-worthiness ${Math.round(c.data.score * 100)}%`, c.data.speaker, c.data.verdict?.replace('_', ' ')]
          .filter(Boolean).join(' · ');
        return item(c, label, meta, 'v-claim');
      })),
    );
  }
  if (!findings.length) container.append(h(doc, 'p', { class: 'meta', style: null }, 'No figures or claims found yet.'));
  // Document order for keyboard navigation, whatever the grouping.
  return buttons.sort((a, b) => a.finding.start - b.finding.start || (a.finding.kind === 'figure' ? -1 : 1));
}

function source(doc, r) {
  const link = r.url && /^https?:\/\//i.test(r.url)
    ? h(doc, 'a', { href: r.url, target: '_blank', rel: 'noopener noreferrer' }, r.source)
    : h(doc, 'span', {}, r.source);
  const seed = r.seed && !r.source.includes(r.seed) ? ` (seed article ${r.seed})` : '';
  const date = r.date && !r.source.includes(r.date) ? `, ${r.date}` : '';
  return [link, seed, date];
}

/** The values in the order reported, each repeat of the one before left out: 2, 9, 12, 13. */
const changes = (history) =>
  history.map((r) => number(r.value)).filter((v, i, all) => i === 0 || v !== all[i - 1]);

/** Replaces `el`'s children; arrays flatten and empty parts drop out. */
const fill = (el, ...parts) => el.replaceChildren(...parts.flat(2).filter((p) => p != null && p !== false));

/** The card's content for one finding. */
export function renderCard(doc, card, finding, { onClose }) {
  const close = h(doc, 'button', { type: 'button', class: 'close', 'aria-label': 'Close' }, '×');
  close.addEventListener('click', onClose);
  if (finding.kind === 'figure') {
    const f = finding.data;
    const history = [...f.reference].sort((a, b) => a.order - b.order);
    fill(card,
      h(doc, 'header', {},
        h(doc, 'span', { class: 'figure' }, `“${f.text}”`),
        h(doc, 'span', { class: `badge ${f.verdict}` }, `${f.verdict} · ${LINE_STYLES[f.verdict]} line`),
        close),
      h(doc, 'dl', {},
        h(doc, 'dt', {}, 'Number'), h(doc, 'dd', {}, `${number(f.value)} (${f.qualifier.replace('_', ' ')}), interval ${f.interval}`),
        h(doc, 'dt', {}, 'Read as'), h(doc, 'dd', { class: 'read-as' }, f.read_as),
        h(doc, 'dt', {}, 'Category'), h(doc, 'dd', {}, describeFigure(f)),
        h(doc, 'dt', {}, 'Confidence'), h(doc, 'dd', {}, `${Math.round(f.confidence * 100)}% of the reading rests on the text's own words`),
        f.date ? [h(doc, 'dt', {}, 'Date'), h(doc, 'dd', {}, f.date)] : null,
        f.incident ? [h(doc, 'dt', {}, 'Event'), h(doc, 'dd', {}, f.incident)] : null),
      h(doc, 'p', { class: 'explanation' }, f.explanation),
      history.length > 1
        ? [h(doc, 'h3', {}, 'History'), h(doc, 'p', { class: 'history' }, `${changes(history).join(', then ')} ${f.category}`)]
        : null,
      history.length
        ? [h(doc, 'h3', {}, 'Reference values and sources'),
          h(doc, 'ol', {}, history.map((r) => h(doc, 'li', {},
            h(doc, 'strong', {}, number(r.value)), r.latest ? [' ', h(doc, 'span', { class: 'latest' }, 'latest')] : null, ' — ', source(doc, r),
            r.sentence ? h(doc, 'blockquote', {}, r.sentence) : null,
            r.note ? h(doc, 'div', { class: 'meta' }, r.note) : null)))]
        : null,
    );
  } else {
    const c = finding.data;
    fill(card,
      h(doc, 'header', {},
        h(doc, 'span', { class: 'figure' }, 'Claim'),
        h(doc, 'span', { class: 'badge claim' }, c.verdict ? c.verdict.replace('_', ' ') : c.kinds.join(', ')),
        close),
      h(doc, 'blockquote', {}, c.text),
      h(doc, 'dl', {},
        h(doc, 'dt', {}, 'Kinds'), h(doc, 'dd', {}, c.kinds.join(', ')),
        h(doc, 'dt', {}, 'Check-worthiness'), h(doc, 'dd', {}, `${Math.round(c.score * 100)}% (${c.reasons.join('; ')})`),
        c.speaker ? [h(doc, 'dt', {}, 'Speaker'), h(doc, 'dd', {}, c.speaker)] : null),
      c.explanation ? h(doc, 'p', { class: 'explanation' }, c.explanation) : null,
    );
  }
}
