// The reference page (dist/reference.html): a new incident built from two pasted sources, its
// toll's revision drawn as a timeline, and a set downloaded that the loader accepts; nothing
// leaves the page and nothing breaks its CSP.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { open, screenshot } from './browser.mjs';

let session;
before(async () => {
  session = await open();
});
after(async () => {
  await session?.close();
});

const FIRST = 'At least 15 people were killed and more than 100 injured in Kyiv overnight, the Kyiv City Military Administration said, many of them in the Solomianskyi district.';
const SECOND = 'The State Emergency Service said 28 people were killed in Kyiv and 134 injured.';

async function paste(page, text, fields) {
  await page.fill('#source-text', text);
  for (const [id, value] of Object.entries(fields)) {
    if (id === 'tier') await page.selectOption('#tier', value);
    else await page.fill(`#${id}`, value);
  }
  await page.click('#propose');
}

test('the page builds a new incident from two sources and downloads a set the loader accepts', async () => {
  const page = await session.page('reference.html', { acceptDownloads: true });
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const requests = [];
  await page.reload();
  await page.waitForSelector('body[data-ready]');
  page.on('request', (r) => requests.push(r.url()));
  assert.match(await page.textContent('#summary'), /A valid reference set \(schema 2\): 4 incidents/);

  await page.selectOption('#incident', '');
  await page.fill('#new-id', 'kyiv-2025-06-17');
  await page.fill('#new-title', 'Russian missile and drone strike on Kyiv, 17 June 2025');
  await page.fill('#new-date', '2025-06-17');
  await page.fill('#new-city', 'Kyiv');
  await paste(page, FIRST, {
    'said-by': 'Kyiv City Military Administration', outlet: 'UPI', url: 'https://www.upi.com/a', date: '2025-06-17', tier: 'wire',
  });
  const rows = page.locator('#proposals tbody tr');
  assert.equal(await rows.count(), 2, 'killed and injured proposed');
  assert.equal(await rows.nth(0).locator('select').first().inputValue(), 'killed');
  assert.equal(await rows.nth(0).locator('input').nth(1).inputValue(), 'Kyiv');
  await page.click('#add');
  assert.equal(await page.textContent('#errors'), '');
  assert.match(await page.textContent('#steps'), /at least 15 is step 1 of killed in Kyiv, the latest/);

  await paste(page, SECOND, {
    'said-by': 'State Emergency Service of Ukraine', outlet: 'Interfax-Ukraine', url: 'https://en.interfax.com.ua/b', date: '2025-06-18', time: '18:19', tier: 'wire',
  });
  // The injured count is left out by hand: unticked.
  await rows.nth(1).locator('input[type=checkbox]').uncheck();
  await page.click('#add');
  assert.equal(await page.textContent('#errors'), '');
  assert.match(await page.textContent('#steps'), /28 is step 2 of killed in Kyiv, the latest/);
  assert.match(await page.textContent('#summary'), /5 incidents/);

  const killed = page.locator('.series[data-series="killed in Kyiv"]');
  assert.equal(await killed.locator('circle').count(), 2, 'a timeline of two values');
  assert.equal(await killed.locator('circle.latest').count(), 1);
  assert.match(await killed.locator('ol').textContent(), /28 — State Emergency Service of Ukraine, via Interfax-Ukraine, 18 Jun 2025 18:19\+03:00 \(latest\)/);
  await screenshot(page, 'reference-page');

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  const json = readFileSync(await download.path(), 'utf8');
  const set = JSON.parse(json);
  const june = set.incidents.find((i) => i.id === 'kyiv-2025-06-17');
  assert.equal(june.weekday, 'Tuesday');
  assert.equal(june.night_of, 'night of 16 to 17 June 2025');
  assert.deepEqual(june.places.map((p) => p.name), ['Kyiv', 'Solomianskyi']);
  const toll = june.figures.find((f) => f.category === 'killed');
  assert.deepEqual(toll.reports.map((r) => [r.value, r.order, r.source.outlet]), [[15, 1, 'UPI'], [28, 2, 'Interfax-Ukraine']]);
  // The loader accepts the downloaded text as it is.
  const notes = await page.evaluate(async (text) => (await import('./pkg-editor/factcheck_editor.js')).referenceNotes(text), json);
  assert.ok(Array.isArray(notes));
  assert.deepEqual(requests.filter((u) => !u.startsWith('blob:')), [], 'nothing leaves the page');
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  assert.deepEqual(page.errors, []);
});

test('a broken file shows the loader\'s errors with their paths and keeps the set in use', async () => {
  const page = await session.page('reference.html');
  await page.waitForSelector('body[data-ready]');
  await page.setInputFiles('#file', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"schema": 2, "incidents": [{"id": "x"}]}') });
  await page.waitForFunction(() => document.getElementById('errors').textContent !== '');
  assert.match(await page.textContent('#errors'), /incidents\[x\]: missing field `title`/);
  assert.match(await page.textContent('#summary'), /4 incidents/);
});

test('axe-core finds no violations on the page, its figures proposed and its series drawn', async () => {
  // axe is injected as a script tag, which the page's strict CSP would block: bypass it here only.
  const page = await session.page('reference.html', { bypassCSP: true });
  await page.waitForSelector('body[data-ready]');
  await page.selectOption('#incident', 'kyiv-2025-04-24');
  await paste(page, FIRST, { 'said-by': 'Kyiv City Military Administration', outlet: 'UPI', url: 'https://www.upi.com/a', date: '2025-06-17' });
  await page.addScriptTag({ path: join(import.meta.dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js') });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const violations = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
  assert.deepEqual(violations, []);
});
