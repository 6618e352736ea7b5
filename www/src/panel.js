// What the panel shows, built with DOM calls and textContent only: text from the article or
// the reference is never parsed as HTML, so pasted markup stays text.
import { VERDICTS } from './painter.js';
import { CLAIM_VERDICTS, countsWords, eventName, scopeWords, shortDate, VERDICT_TITLES } from './words.js';

/** The verdicts from the most to the least serious: the panel's order, and a claim sentence's worst. */
export const VERDICT_ORDER = ['conflicting', 'outdated', 'unverified', 'consistent'];
/** The line under each verdict, the same in the text, the panel, the card and the demo's legend. */
export const LINE_STYLES = { consistent: 'solid', outdated: 'dashed', conflicting: 'double', unverified: 'dotted' };

/** Creates `tag` with attributes and children (strings become text nodes). */
export function h(doc, tag, attrs = {}, ...children) {
  const el = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k === 'class') el.className = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c == null || c === false) continue;
    el.append(typeof c === 'string' || typeof c === 'number' ? doc.createTextNode(String(c)) : c);
  }
  return el;
}

/** Numbers the reference set does not track ("0 Comments", "5 countries"): listed apart, never underlined. */
export const isOther = (f) => f.kind === 'figure' && f.category === 'other';

/** "14 figures: 10 consistent, 2 outdated, 1 conflicting, 1 unverified · match with the 28 Aug 2025 strike on Kyiv: 93% · 6 claims" */
export function summaryText(report) {
  if (!report.figures.length && !report.claims.length) return 'Nothing to check yet';
  const checked = report.figures.filter((f) => f.category !== 'other');
  const n = checked.length;
  const counts = VERDICTS.map((v) => `${checked.filter((f) => f.verdict === v).length} ${v}`);
  const figures = `${n} figure${n === 1 ? '' : 's'}: ${counts.join(', ')}`;
  const claims = `${report.claims.length} claim${report.claims.length === 1 ? '' : 's'}`;
  const incident = report.incident
    ? `match with ${eventName(report.incident, shortDate)}: ${Math.round(report.incident.confidence * 100)}%`
    : 'no strike in the reference set matches';
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

/** What the empty panel says to do: "Paste or type an article about the 24 April 2025 strike on Kyiv, …". */
export function emptyText(events) {
  const names = [...new Set([...events.values()].filter((e) => !e.related).map((e) => eventName(e)))];
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names[0] ?? 'a strike in the reference set';
  return `Paste or type an article about ${list}: its figures and claims are checked here as you type.`;
}

/** The list's line under a figure: "outdated · people killed in Kyiv". */
const describeFigure = (f) =>
  f.category === 'date' ? `${f.verdict} · a date` : `${f.verdict} · ${countsWords(f)} ${scopeWords(f.scope)}`;

/**
 * The panel's list: figures grouped by verdict, then claims. The findings are one Tab stop: each button but one has tabindex -1 and the arrow
 * keys move inside (see the element). Returns the buttons in text order.
 */
export function renderGroups(doc, container, findings, emptyText) {
  container.replaceChildren();
  const buttons = [];
  const item = (finding, label, meta, sampleClass) => {
    const button = h(doc, 'button', {
      type: 'button',
      tabindex: buttons.length ? -1 : 0,
      'data-finding': true,
      'data-kind': finding.kind,
      'data-verdict': finding.verdict,
      'data-category': finding.category,
      'data-start': finding.start,
      'data-end': finding.end,
    }, h(doc, 'span', { class: `sample ${sampleClass}`, 'aria-hidden': 'true' }), h(doc, 'span', { class: 'quote' }, label), h(doc, 'span', { class: 'meta' }, meta));
    button.finding = finding;
    buttons.push(button);
    return h(doc, 'li', {}, button);
  };
  const figures = findings.filter((f) => f.kind === 'figure' && !isOther(f));
  for (const verdict of VERDICT_ORDER) {
    const group = figures.filter((f) => f.verdict === verdict);
    if (!group.length) continue;
    container.append(
      h(doc, 'h2', { id: `group-${verdict}` }, `${VERDICT_TITLES[verdict]} (${group.length})`),
      h(doc, 'ul', { 'aria-labelledby': `group-${verdict}` }, group.map((f) =>
        item(f, f.text, describeFigure(f.data), `v-${verdict}`))),
    );
  }
  const claims = findings.filter((f) => f.kind === 'claim');
  if (claims.length) {
    container.append(
      h(doc, 'h2', { id: 'group-claims' }, `Claims (${claims.length})`),
      h(doc, 'ul', { 'aria-labelledby': 'group-claims' }, claims.map((c) => {
        const label = c.text.length > 90 ? `${c.text.slice(0, 88)}…` : c.text;
        const verdict = c.data.verdict && CLAIM_VERDICTS[c.data.verdict];
        const meta = [c.data.kinds.join(', '), `check-worthiness ${Math.round(c.data.score * 100)}%`, c.data.speaker, verdict]
          .filter(Boolean).join(' · ');
        return item(c, label, meta, 'v-claim');
      })),
    );
  }
  if (!findings.length) container.append(h(doc, 'p', { class: 'empty' }, emptyText));
  // Document order for Alt+Down and Alt+Up, whatever the grouping.
  return buttons.sort((a, b) => a.finding.start - b.finding.start || (a.finding.kind === 'figure' ? -1 : 1));
}

/**
 * The numbers not checked, collapsed, after the card in focus order so that Tab goes from a
 * finding to its card first.
 */
export function renderOthers(doc, details, findings) {
  const others = findings.filter(isOther);
  details.hidden = !others.length;
  details.replaceChildren(
    h(doc, 'summary', {}, `Other numbers, not checked (${others.length})`),
    h(doc, 'ul', {}, others.map((f) => h(doc, 'li', { 'data-other': true }, f.text))),
  );
}
