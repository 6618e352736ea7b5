// Findings as schema.org ClaimReview JSON-LD, what a fact-checking desk posts and search
// engines read: one review per claim sentence that has something checked in it (its figures'
// verdicts, a quote's wording, a person's title), with the fields Google's fact-check
// documentation requires (claimReviewed, reviewRating with alternateName, url) and recommends
// (author, datePublished, itemReviewed: a Claim with its author, appearance, first appearance
// and date; the rating's name, value and scale). The publisher is the caller's: there is no
// default author.
import { CLAIM_VERDICTS, countsWords, scopeWords, VERDICT_TITLES, verdictWords } from './words.js';

/** The rating scale: 1 is the worst, 3 the best. A sentence takes its worst verdict. */
const RATINGS = {
  conflicting: 1,
  outdated: 2,
  consistent: 3,
  altered: 1,
  exact: 3,
  role_mismatch: 1,
  role_consistent: 3,
};
/** A speaker that is an institution or an outlet, not a person: "State Emergency Service of Ukraine". */
const INSTITUTION = /\b(Service|Ministry|Administration|Force|Council|Office|Agency|Committee|Government|Police|Army|Military|Kremlin|Reuters|BBC|AFP|News)\b/;

const today = () => new Date().toISOString().slice(0, 10);

/** What one claim sentence rates: its checked figures and its own verdict, each in words. */
function ratedIn(report, claim) {
  const items = claim.figures
    .map((i) => report.figures[i])
    .filter((f) => f && f.verdict in RATINGS && f.category !== 'other')
    .map((f) => ({
      verdict: f.verdict,
      words: verdictWords(f),
      named: `“${f.text}” (${f.category === 'date' ? 'a date' : `${countsWords(f)} ${scopeWords(f.scope)}`}): ${verdictWords(f)}.`,
    }));
  if (claim.verdict in RATINGS) {
    const words = CLAIM_VERDICTS[claim.verdict];
    items.push({ verdict: claim.verdict, words, named: `${words}${claim.explanation ? `: ${claim.explanation}` : '.'}` });
  }
  return items;
}

/**
 * @param {object} report a report (schema v1)
 * @param {{publisher?: {name: string, url?: string, logo?: string}, url?: string, appearanceUrl?: string,
 *   claimAuthor?: string, claimDate?: string, datePublished?: string}} [options]
 * @returns {object[]} ClaimReview objects; none for a report with nothing checked
 * @throws {Error} without a publisher's name and URL: a review must say who stands behind it
 */
export function claimReview(report, options = {}) {
  const { publisher } = options;
  if (!publisher?.name || !publisher?.url) {
    throw new Error('factcheck: ClaimReview needs a publisher: options.publisher { name, url }');
  }
  if (!report) return [];
  const here = typeof location === 'undefined' ? undefined : location.href.replace(/#.*/, '');
  const page = options.url ?? here;
  const appearance = options.appearanceUrl ?? here;
  const author = {
    '@type': 'Organization',
    name: publisher.name,
    url: publisher.url,
    ...(publisher.logo ? { logo: { '@type': 'ImageObject', url: publisher.logo } } : {}),
  };
  const claimAuthor = (speaker) => {
    const name = speaker ?? options.claimAuthor;
    return name ? { author: { '@type': speaker && !INSTITUTION.test(speaker) ? 'Person' : 'Organization', name } } : {};
  };
  const work = appearance ? { '@type': 'CreativeWork', url: appearance, ...(options.claimDate ? { datePublished: options.claimDate } : {}) } : null;
  return report.claims
    .map((claim, index) => ({ claim, index, items: ratedIn(report, claim) }))
    .filter(({ items }) => items.length)
    .map(({ claim, index, items }) => {
      const worst = items.reduce((a, b) => (RATINGS[b.verdict] < RATINGS[a.verdict] ? b : a));
      return {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        ...(page ? { url: `${page}#claim-${index + 1}` } : {}),
        claimReviewed: claim.text,
        reviewRating: {
          '@type': 'Rating',
          ratingValue: RATINGS[worst.verdict],
          bestRating: 3,
          worstRating: 1,
          name: VERDICT_TITLES[worst.verdict] ?? CLAIM_VERDICTS[worst.verdict],
          alternateName: [...new Set(items.map((i) => i.words))].join('; '),
          ratingExplanation: items.map((i) => i.named).join(' '),
        },
        itemReviewed: {
          '@type': 'Claim',
          ...claimAuthor(claim.speaker),
          ...(options.claimDate ? { datePublished: options.claimDate } : {}),
          ...(work ? { appearance: work, firstAppearance: work } : {}),
        },
        author,
        datePublished: options.datePublished ?? today(),
      };
    });
}
