// Publishing: ClaimReview a newsroom can post. The publisher comes from options, attributes or
// the demo's settings form (kept in the page's storage), never from a default; one review per
// claim sentence, naming its figures and their verdicts in words; every review carries the
// fields Google's fact-check documentation requires and recommends; an empty document says so;
// the exported report carries its text and the reference set's version.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { open, settled, widgetReady } from './browser.mjs';

let session;
before(async () => {
  session = await open();
});
after(async () => {
  await session?.close();
});

const SETTINGS = {
  'publisher-name': 'Kyiv Desk Fact Check',
  'publisher-url': 'https://factcheck.example.org/',
  'publisher-logo': 'https://factcheck.example.org/logo.png',
  'article-url': 'https://news.example.com/2025/04/24/kyiv-strike',
  'article-outlet': 'Example News',
  'article-date': '2025-04-24',
};

async function demo() {
  const page = await session.page();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.url });
  await widgetReady(page);
  return page;
}

/** Fills in and saves the demo's settings form, as a user would. */
async function saveSettings(page, settings = SETTINGS) {
  await page.locator('.settings summary').click();
  for (const [name, value] of Object.entries(settings)) await page.locator(`#settings [name="${name}"]`).fill(value);
  await page.locator('#settings button[type="submit"]').click();
  await page.waitForFunction(() => document.getElementById('settings-status').textContent.length > 0);
}

/** Clicks "Copy ClaimReview" and resolves to the status line and the clipboard's text. */
async function copy(page) {
  await page.evaluate(() => navigator.clipboard.writeText('untouched'));
  const status = page.locator('[data-factcheck-status]');
  const before = await status.innerText();
  await page.locator('[data-action="copy-claimreview"]').click();
  await page.waitForFunction((b) => document.querySelector('fact-check').shadowRoot.querySelector('.status').textContent !== b, before);
  return { status: await status.innerText(), clipboard: await page.evaluate(() => navigator.clipboard.readText()) };
}

test('without a publisher nothing is copied and the widget says what to set; the API throws', async () => {
  const page = await demo();
  await page.click('[data-article="april-revised.txt"]');
  await settled(page);
  const { status, clipboard } = await copy(page);
  assert.match(status, /^Set the publisher first: .*publisher/);
  assert.equal(clipboard, 'untouched');
  const thrown = await page.evaluate(() => {
    try {
      document.querySelector('fact-check').claimReview();
      return null;
    } catch (e) {
      return e instanceof Error && e.message;
    }
  });
  assert.match(thrown, /needs a publisher/);
});

test('the settings form sets the publisher, and the page remembers it', async () => {
  const page = await demo();
  await saveSettings(page);
  await page.reload();
  await widgetReady(page);
  for (const [name, value] of Object.entries(SETTINGS)) {
    assert.equal(await page.locator(`#settings [name="${name}"]`).inputValue(), value, `${name} remembered`);
    assert.equal(await page.locator('fact-check').getAttribute(name), value, `${name} given to the widget`);
  }
  await page.click('[data-article="april-revised.txt"]');
  await settled(page);
  const { clipboard } = await copy(page);
  const [first] = JSON.parse(clipboard);
  assert.deepEqual(first.author, {
    '@type': 'Organization',
    name: 'Kyiv Desk Fact Check',
    url: 'https://factcheck.example.org/',
    logo: { '@type': 'ImageObject', url: 'https://factcheck.example.org/logo.png' },
  });
});

/** Checks one review against Google's fact-check documentation: required, then recommended fields. */
function assertGoogleFields(r, where) {
  const at = `${where}: ${r.claimReviewed}`;
  // Required: claimReviewed, reviewRating (with alternateName), url.
  assert.equal(r['@context'], 'https://schema.org');
  assert.equal(r['@type'], 'ClaimReview');
  assert.ok(typeof r.claimReviewed === 'string' && r.claimReviewed.length > 0, at);
  assert.equal(r.reviewRating['@type'], 'Rating');
  assert.ok(typeof r.reviewRating.alternateName === 'string' && r.reviewRating.alternateName.length > 0, at);
  assert.doesNotMatch(r.reviewRating.alternateName, /_|^(consistent|outdated|conflicting|exact|altered)$/, `${at}: the rating in words`);
  assert.match(r.url, /^http:\/\/localhost:\d+\/.*#claim-\d+$/, `${at}: url on this page's domain, one anchor per review`);
  // Recommended: author (Organization, name, url), datePublished, itemReviewed (a Claim with
  // author, datePublished, appearance, firstAppearance); the Rating's name, ratingValue,
  // bestRating, worstRating.
  assert.equal(r.author['@type'], 'Organization');
  assert.ok(r.author.name && /^https?:\/\//.test(r.author.url), at);
  assert.match(r.datePublished, /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(r.itemReviewed['@type'], 'Claim');
  assert.ok(['Person', 'Organization'].includes(r.itemReviewed.author?.['@type']) && r.itemReviewed.author.name, `${at}: the claim's author`);
  assert.match(r.itemReviewed.datePublished, /^\d{4}-\d{2}-\d{2}$/);
  for (const k of ['appearance', 'firstAppearance']) {
    assert.equal(r.itemReviewed[k]['@type'], 'CreativeWork');
    assert.match(r.itemReviewed[k].url, /^https?:\/\//);
  }
  assert.ok(r.reviewRating.name, at);
  assert.ok(r.reviewRating.worstRating <= r.reviewRating.ratingValue && r.reviewRating.ratingValue <= r.reviewRating.bestRating, at);
}

test('one review per claim sentence, naming its figures and their verdicts in words, with every field Google requires and recommends', async () => {
  const page = await demo();
  await saveSettings(page);
  await page.click('[data-article="april-revised.txt"]');
  const report = await settled(page);
  const reviews = JSON.parse((await copy(page)).clipboard);
  for (const r of reviews) assertGoogleFields(r, 'april-revised');
  const sentences = reviews.map((r) => r.claimReviewed);
  assert.equal(new Set(sentences).size, sentences.length, 'one review per sentence');
  for (const s of sentences) assert.ok(report.claims.some((c) => c.text === s), `"${s}" is a claim sentence`);
  const toll = reviews.find((r) => r.claimReviewed.startsWith('Nine people were killed and 63 injured'));
  assert.match(toll.reviewRating.alternateName, /^Outdated: since revised to 13 people killed; Outdated: since revised to 87 people injured$/);
  assert.match(toll.reviewRating.ratingExplanation, /^“Nine” \(people killed in Kyiv\): Outdated: since revised to 13 people killed\. “63” \(people injured in Kyiv\): Outdated/);
  assert.deepEqual(toll.itemReviewed.author, { '@type': 'Organization', name: 'State Emergency Service of Ukraine' }, 'an institution is an Organization');
  const conflicting = reviews.find((r) => r.reviewRating.ratingValue === 1);
  assert.match(conflicting.claimReviewed, /30 people were killed/);
  assert.match(conflicting.reviewRating.alternateName, /^Conflicting: the reports say 13 people killed/);

  // A person's title, rated in words, and a person as the claim's author.
  await page.click('[data-article="001_5c0e9fa9b5372774.txt"]');
  await settled(page);
  const more = JSON.parse((await copy(page)).clipboard);
  for (const r of more) assertGoogleFields(r, 'seed 2');
  const starmer = more.find((r) => r.itemReviewed.author.name === 'Keir Starmer');
  assert.equal(starmer.itemReviewed.author['@type'], 'Person');
  assert.equal(starmer.reviewRating.alternateName, 'Title correct at the time');
});

test('an empty document gives a clear message, not []', async () => {
  const page = await demo();
  await saveSettings(page);
  await page.click('#clear');
  await settled(page);
  const { status, clipboard } = await copy(page);
  assert.match(status, /^Nothing to publish yet/);
  assert.equal(clipboard, 'untouched');
});

test('"Export report JSON" holds the checked text and the reference set\'s version', async () => {
  const page = await demo();
  await page.click('[data-article="april-revised.txt"]');
  const report = await settled(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export-report"]').click()]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  // The text the report's offsets are about: the editor's, as the widget read it.
  assert.equal(exported.text, await page.evaluate(() => document.querySelector('fact-check').map.text));
  assert.match(exported.text, /^Kyiv, 24 April 2025\. Russia struck/);
  for (const f of report.figures) assert.equal(exported.text.slice(f.start, f.end), f.text);
  assert.deepEqual(exported.report, report);
  assert.equal(exported.reference.source, 'bundled');
  assert.equal(exported.reference.schema, 2);
  assert.deepEqual(exported.reference.incidents, ['kyiv-2025-04-24', 'kyiv-2025-06-06', 'kyiv-2025-07-04', 'kyiv-2025-08-28']);
  assert.match(exported.reference.sha256, /^[0-9a-f]{64}$/);
});
