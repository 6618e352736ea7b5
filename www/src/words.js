// The report said in words a fact-checker reads and cites: numbers, dates, what a figure was
// read as, the event by its title, a verdict, a source by its outlet and headline. The card,
// the panel and the ClaimReview export all say things this one way.
import { seedName } from './seeds.js';

export const VERDICT_TITLES = { conflicting: 'Conflicting', outdated: 'Outdated', unverified: 'Unverified', consistent: 'Consistent' };
export const CLAIM_VERDICTS = {
  exact: 'Quote matches the record',
  altered: 'Quote altered',
  unknown: 'Quote not in the reference',
  role_consistent: 'Title correct at the time',
  role_mismatch: 'Wrong title for the time',
};

export const number = (v) => (v == null ? '' : Number.isInteger(v) ? v.toLocaleString('en-GB') : String(v));

const DAY = 86_400_000;
const utc = (iso) => new Date(`${iso}T00:00:00Z`);
const format = (d, month) => d.toLocaleDateString('en-GB', { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' });
/** "24 April 2025" */
const longDate = (iso) => format(utc(iso), 'long');
/** "24 Apr 2025" */
export const shortDate = (iso) => format(utc(iso), 'short');
const weekday = (d) => d.toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' });

/** "the 8 July 2024 strike on Kyiv", from an incident's title and date; never its id. */
export function eventName(event, dateOf = longDate) {
  if (!event) return 'an event the reference set does not know';
  const what = event.title.match(/(strike|attack) on [^,(]+/)?.[0].trim() ?? event.title;
  return `the ${dateOf(event.date)} ${what}`;
}

/**
 * The events a report can name, by id: its incident, and every incident of the reference set
 * with the earlier events it relates to (a figure may be judged against one of those).
 */
export function eventsOf(report, reference) {
  const events = new Map();
  for (const incident of reference?.incidents ?? []) {
    events.set(incident.id, { title: incident.title, date: incident.date });
    for (const e of incident.related ?? []) events.set(e.id, { title: e.title, date: e.date, related: true });
  }
  if (report?.incident) events.set(report.incident.id, { ...events.get(report.incident.id), ...report.incident });
  return events;
}

/** Where a date falls against the strike: "the day before the strike", "4 days after the strike". */
const relative = (days) =>
  days === 0 ? 'the day of the strike' : `${Math.abs(days) === 1 ? 'the day' : `${Math.abs(days)} days`} ${days < 0 ? 'before' : 'after'} the strike`;

/**
 * A date figure in words, placed against its event: "24 April 2025, the day of the strike";
 * "28 April (no year given), 4 days after the strike"; "Friday, most likely 29 August 2025, the
 * day after the strike".
 */
export function dateWords(iso, event) {
  const strike = event ? utc(event.date) : null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) {
    return strike ? `${longDate(iso)}, ${relative(Math.round((utc(iso) - strike) / DAY))}` : longDate(iso);
  }
  const monthDay = iso.match(/^--(\d{2})-(\d{2})$/);
  if (monthDay) {
    const day = utc(`2000-${monthDay[1]}-${monthDay[2]}`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });
    if (!strike) return `${day} (no year given)`;
    const sameYear = `${strike.getUTCFullYear()}-${monthDay[1]}-${monthDay[2]}`;
    return `${day} (no year given), ${relative(Math.round((utc(sameYear) - strike) / DAY))}`;
  }
  // A weekday: the nearest day of that name to the strike, the week around it.
  if (!strike) return iso;
  for (const days of [0, -1, 1, -2, 2, -3, 3]) {
    const d = new Date(+strike + days * DAY);
    if (weekday(d) === iso) return `${iso}, most likely ${format(d, 'long')}, ${relative(days)}`;
  }
  return iso;
}

/** "23 or more", "exactly 9", "between 10 and 20": the interval as a fact-checker says it. */
export function amountWords(f) {
  const n = number(f.value);
  switch (f.qualifier) {
    case 'exact': return `exactly ${n}`;
    case 'at_least': return `${n} or more`;
    case 'more_than': return `more than ${n}`;
    case 'up_to': return `up to ${n}`;
    case 'fewer_than': return `fewer than ${n}`;
    case 'range': return `between ${number(f.low)} and ${number(f.high)}`;
    default: return `${f.qualifier} ${n}`; // nearly, about
  }
}

const COUNTS = {
  killed: 'people killed',
  injured: 'people injured',
  missing: 'people missing',
  hospitalized: 'people in hospital',
  drones: 'drones launched',
  missiles: 'missiles launched',
  weapons: 'drones and missiles launched',
  intercepted: 'drones or missiles shot down',
  breached: 'drones or missiles that got through',
  duration: 'hours the attack lasted',
};

/** What a figure counts, in words: "children killed", "ballistic missiles launched" (dates are said by dateWords). */
export function countsWords(f) {
  let words = COUNTS[f.category] ?? f.category;
  if (f.group) words = words.startsWith('people ') ? words.replace('people', f.group) : `${words} (${f.group})`;
  if (f.subtype) words = words.replace(/^(drones or missiles|drones and missiles|missiles|drones)/, `${f.subtype} $1`);
  return words;
}

/** Where a count applies: "in Kyiv", "across Ukraine". */
export const scopeWords = (scope) => (scope === 'Ukraine' ? 'across Ukraine' : `in ${scope}`);

/** The latest value of a figure's series, once (the last report marked latest). */
export const latestOf = (history) => history.findLast((r) => r.latest) ?? null;

/** "Outdated: since revised to 13 people killed": a figure's verdict in words. */
export function verdictWords(f) {
  const latest = latestOf(f.reference);
  const latestWords = latest ? `${number(latest.value)} ${countsWords(f)}` : '';
  switch (f.verdict) {
    case 'consistent': return latest ? `Consistent with the latest report, ${latestWords}` : 'Consistent with the reference';
    case 'outdated': return latest ? `Outdated: since revised to ${latestWords}` : 'Outdated';
    case 'conflicting': return latest ? `Conflicting: the reports say ${latestWords}` : 'Conflicting with the reference';
    default: return 'Unverified: nothing in the reference to compare it with';
  }
}

/** A reference-set code such as " (UKRINFORM-A)" and the date after it: internal, not what one cites. */
const CODE = /\s*\([A-Z0-9]+(?:-[A-Z0-9]+)*\)(, \d{4}-\d{2}-\d{2})?$/;

/**
 * What a report's address says it is about, where a source has no headline: the words of its
 * slug ("…/117440-search-operations-completed-in-kyiv…" reads "Search operations completed
 * in kyiv…"); for an address without one, where it is ("a report on novinite.com").
 */
function slugWords(url) {
  const { hostname, pathname } = new URL(url);
  const slug = pathname.split('/').filter(Boolean).findLast((p) => p.split('-').length > 3)?.replace(/\.\w+$/, '').replace(/^(\d+-)+/, '');
  if (!slug) return `a report on ${hostname.replace(/^www\./, '')}`;
  const words = slug.replace(/-/g, ' ').toLowerCase();
  return words[0].toUpperCase() + words.slice(1);
}

/**
 * A source as one cites it: `outlet`, `headline` (or a `description` from its address),
 * `saidBy`, `date` (ISO) and `url`, from the
 * fields a report's value carries (its own or those of a `source` object), else from its
 * short name; a seed article by its number and headline, never its file name.
 */
export function sourceOf(r) {
  const s = r.source && typeof r.source === 'object' ? { ...r, ...r.source } : r;
  const name = typeof s.name === 'string' ? s.name : typeof r.source === 'string' ? r.source : null;
  const seed = s.seed && !s.outlet && !s.headline ? seedName(s.seed) : null;
  const url = s.url && /^https?:\/\//i.test(s.url) ? s.url : null;
  return {
    outlet: s.outlet ?? (seed ? seed.replace(/:.*/, '') : name?.replace(CODE, '') ?? null),
    headline: s.headline ?? (seed ? seed.replace(/^[^:]*: /, '') : null),
    description: url ? slugWords(url) : null,
    saidBy: s.said_by ?? null,
    date: s.date ?? null,
    url,
  };
}

/** The engine's explanations cite sources by short names and ISO dates: these become names and dates one cites. */
export const citable = (text) =>
  text
    .replace(/seed article (\S+\.txt)/g, (_, file) => seedName(file).replace(/:.*/, ''))
    .replace(/ \([A-Z0-9]+(?:-[A-Z0-9]+)*\)/g, '')
    .replace(/\b\d{4}-\d{2}-\d{2}\b/g, shortDate);
