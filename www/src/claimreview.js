// Findings as schema.org ClaimReview JSON-LD, what a fact-checking desk publishes and search
// engines read: one review per checked figure (the sentence it stands in is the claim) and per
// quote or role the reference could check. Unverified figures are not reviews: nothing was checked.

/** The rating scale: 1 is the worst, 3 the best. `alternateName` carries the verdict itself. */
const RATINGS = {
  conflicting: 1,
  outdated: 2,
  consistent: 3,
  altered: 1,
  exact: 3,
  role_mismatch: 1,
  role_consistent: 3,
};

const today = () => new Date().toISOString().slice(0, 10);

/**
 * @param {object} report a report (schema v1)
 * @param {{author?: {name: string, url?: string}, claimAuthor?: string, appearanceUrl?: string, datePublished?: string}} [options]
 * @returns {object[]} ClaimReview objects
 */
export function claimReview(report, options = {}) {
  if (!report) return [];
  const author = { '@type': 'Organization', name: options.author?.name ?? 'factcheck', ...(options.author?.url ? { url: options.author.url } : {}) };
  const datePublished = options.datePublished ?? today();
  const appearance = options.appearanceUrl ?? (typeof location === 'undefined' ? undefined : location.href);
  const review = ({ claimReviewed, verdict, explanation, speaker }) => ({
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed,
    reviewRating: {
      '@type': 'Rating',
      ratingValue: RATINGS[verdict],
      bestRating: 3,
      worstRating: 1,
      alternateName: verdict,
      ...(explanation ? { ratingExplanation: explanation } : {}),
    },
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': speaker ? 'Person' : 'Organization', name: speaker ?? options.claimAuthor ?? 'Unknown' },
      ...(appearance ? { appearance: { '@type': 'CreativeWork', url: appearance } } : {}),
    },
    author,
    datePublished,
  });
  const sentenceOf = (index) => report.claims.find((c) => c.figures.includes(index));
  const figures = report.figures
    .map((f, index) => ({ f, claim: sentenceOf(index) }))
    .filter(({ f }) => f.verdict in RATINGS)
    .map(({ f, claim }) => review({
      claimReviewed: claim?.text ?? f.text,
      verdict: f.verdict,
      explanation: f.explanation,
      speaker: claim?.speaker ?? null,
    }));
  const claims = report.claims
    .filter((c) => c.verdict in RATINGS)
    .map((c) => review({ claimReviewed: c.text, verdict: c.verdict, explanation: c.explanation, speaker: c.speaker }));
  return [...figures, ...claims];
}
