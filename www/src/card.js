// The card: what one finding is, in words, with the sources to cite. Built with DOM calls and
// textContent only, as the panel is: text from the article or the reference is never parsed as
// HTML. Links and the close button come in focus order right after the finding that opened it.
import { h, LINE_STYLES, VERDICT_ORDER } from './panel.js';
import { timeline } from './timeline.js';
import {
  amountWords, CLAIM_VERDICTS, citable, countsWords, dateWords, eventName, latestOf, number, scopeWords,
  shortDate, sourceOf, VERDICT_TITLES, verdictWords,
} from './words.js';

const ROLES = { category: 'what it counts', scope: 'where', event: 'which strike' };
const KINDS = {
  statistic: 'a statistic',
  quote: 'a quote',
  attribution: 'attributed to a source',
  comparison: 'a comparison',
  role: "a person's title",
};

/** Replaces `el`'s children; arrays flatten and empty parts drop out. */
const fill = (el, ...parts) => el.replaceChildren(...parts.flat(3).filter((p) => p != null && p !== false));
const row = (doc, term, ...value) => [h(doc, 'dt', {}, term), h(doc, 'dd', {}, ...value)];

/** One source as a fact-checker cites it: outlet (linked), headline, who said it, date. */
function source(doc, r) {
  const s = sourceOf(r);
  const outlet = s.outlet ?? 'Source';
  return [
    s.url ? h(doc, 'a', { href: s.url, target: '_blank', rel: 'noopener noreferrer' }, outlet) : h(doc, 'strong', {}, outlet),
    s.headline ? `: “${s.headline}”` : s.description ? `: ${s.description}` : null,
    s.saidBy ? `, said by ${s.saidBy}` : null,
    s.date ? `, ${shortDate(s.date)}` : null,
  ];
}

function header(doc, titleId, title, badge, badgeClass, onClose) {
  const close = h(doc, 'button', { type: 'button', class: 'close', 'aria-label': 'Close the card' }, '×');
  close.addEventListener('click', onClose);
  return h(doc, 'header', {}, h(doc, 'span', { class: 'figure', id: titleId }, title), h(doc, 'span', { class: `badge ${badgeClass}` }, badge), close);
}

function figureCard(doc, f, events) {
  const event = f.incident ? events.get(f.incident) : null;
  const history = [...f.reference].sort((a, b) => a.order - b.order);
  const latest = latestOf(history);
  const values = history.map((r) => number(r.value)).filter((v, i, all) => i === 0 || v !== all[i - 1]);
  const cues = f.cues.map((c) => `“${c.text}” (${ROLES[c.role] ?? c.role})`).join(', ');
  return [
    h(doc, 'p', { class: 'verdict-words' }, verdictWords(f)),
    h(doc, 'dl', {},
      f.category === 'date'
        ? row(doc, 'Date', f.date ? dateWords(f.date, event) : f.text)
        : [row(doc, 'Number', amountWords(f)), row(doc, 'Counts', countsWords(f)), row(doc, 'Where', scopeWords(f.scope))],
      row(doc, 'Event', f.incident ? eventName(event) : 'not tied to a strike in the reference set'),
      row(doc, 'Cue words', cues.length ? cues : 'none: the reading rests on defaults'),
      row(doc, 'Confidence', `${Math.round(f.confidence * 100)}% of the reading rests on the text's own words`)),
    h(doc, 'p', { class: 'explanation' }, citable(f.explanation)),
    history.length
      ? [h(doc, 'h3', {}, 'History'),
        values.length > 1 ? timeline(doc, history, latest, number, `${values.join(', then ')}: ${countsWords(f)} as reported over time`) : null,
        h(doc, 'ol', { class: 'sources' }, history.map((r) => h(doc, 'li', {},
          h(doc, 'strong', {}, number(r.value)), r === latest ? [' ', h(doc, 'span', { class: 'latest' }, 'latest')] : null, ' — ', source(doc, r),
          r.sentence ? h(doc, 'blockquote', {}, r.sentence) : null,
          r.note ? h(doc, 'div', { class: 'meta' }, citable(r.note)) : null)))]
      : null,
  ];
}

function claimCard(doc, c, report) {
  const figures = c.figures.map((i) => report?.figures[i]).filter(Boolean);
  const worst = figures.toSorted((a, b) => VERDICT_ORDER.indexOf(a.verdict) - VERDICT_ORDER.indexOf(b.verdict))[0];
  return [
    h(doc, 'blockquote', {}, c.text),
    h(doc, 'dl', {},
      row(doc, 'Kinds', c.kinds.map((k) => KINDS[k] ?? k).join('; ')),
      row(doc, 'Check-worthiness', `${Math.round(c.score * 100)}%: ${c.reasons.join('; ')}`),
      c.speaker ? row(doc, 'Speaker', c.speaker) : null,
      row(doc, 'Verdict', c.verdict ? CLAIM_VERDICTS[c.verdict] ?? c.verdict
        : worst ? `by its figures: ${VERDICT_TITLES[worst.verdict].toLowerCase()}` : 'nothing in the reference to check it against'),
      figures.length ? row(doc, 'Figures', figures.map((f) => `“${f.text}”: ${VERDICT_TITLES[f.verdict].toLowerCase()}`).join('; ')) : null),
    c.explanation ? h(doc, 'p', { class: 'explanation' }, c.explanation) : null,
  ];
}

/**
 * The card's content for one finding. `events` names events by id (see `eventsOf`); `report`
 * gives a claim its figures.
 */
export function renderCard(doc, card, finding, { onClose, events, report }) {
  const titleId = 'card-title';
  card.setAttribute('aria-labelledby', titleId);
  if (finding.kind === 'figure') {
    const f = finding.data;
    fill(card,
      header(doc, titleId, `“${f.text}”`, `${VERDICT_TITLES[f.verdict]} · ${LINE_STYLES[f.verdict]} line`, f.verdict, onClose),
      figureCard(doc, f, events));
  } else {
    const c = finding.data;
    fill(card,
      header(doc, titleId, 'Claim', c.verdict ? CLAIM_VERDICTS[c.verdict] ?? c.verdict : 'check-worthy', 'claim', onClose),
      claimCard(doc, c, report));
  }
}
